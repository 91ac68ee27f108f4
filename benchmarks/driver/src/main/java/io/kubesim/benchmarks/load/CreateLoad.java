package io.kubesim.benchmarks.load;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop load generator on the Vert.x 5 web client: {@code connections} requests in flight
 * at all times, each POSTing the same pod body to the pods collection, for a bounded time.
 *
 * <p>Only loopback URLs are accepted; the run always stops by itself.
 */
public final class CreateLoad {

  /**
   * What one run measured.
   *
   * @param created requests answered 201 during the measured window
   * @param failed requests answered otherwise, or that failed, during the measured window
   * @param seconds length of the measured window
   * @param meanLatencyMillis mean round trip of the requests completed in the window
   * @param firstFailure the first non-201 answer seen, if any
   */
  public record Result(long created, long failed, double seconds, double meanLatencyMillis, Optional<String> firstFailure) {
    /** Successful creates per second. */
    public double createsPerSecond() {
      return created / seconds;
    }
  }

  private final URI server;
  private final Optional<String> bearerToken;
  private final int connections;

  public CreateLoad(URI server, Optional<String> bearerToken, int connections) {
    if (!server.getHost().equals("127.0.0.1") && !server.getHost().equals("localhost")) {
      throw new IllegalArgumentException("load is only ever sent to loopback, not " + server);
    }
    this.server = server;
    this.bearerToken = bearerToken;
    this.connections = connections;
  }

  /** Runs {@code warmupSeconds} unmeasured, then {@code seconds} measured, then stops. */
  public Result run(String body, double warmupSeconds, double seconds) throws InterruptedException {
    Vertx vertx = Vertx.vertx();
    try {
      WebClient client =
          WebClient.create(
              vertx,
              new WebClientOptions()
                  .setDefaultHost(server.getHost())
                  .setDefaultPort(server.getPort())
                  .setKeepAlive(true)
                  .setTcpNoDelay(true),
              new PoolOptions().setHttp1MaxSize(connections));
      Loop loop = new Loop(client, Buffer.buffer(body));
      for (int i = 0; i < connections; i++) {
        loop.next();
      }
      Thread.sleep((long) (warmupSeconds * 1000));
      loop.startMeasuring();
      long start = System.nanoTime();
      Thread.sleep((long) (seconds * 1000));
      Result result = loop.stop(System.nanoTime() - start);
      loop.awaitDrained();
      return result;
    } finally {
      vertx.close().await();
    }
  }

  private final class Loop {
    private final WebClient client;
    private final Buffer body;
    private final LongAdder created = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();
    private final LongAdder completed = new LongAdder();
    private final AtomicLong inFlight = new AtomicLong();
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile boolean measuring;
    private volatile boolean stopped;
    private volatile String firstFailure;

    Loop(WebClient client, Buffer body) {
      this.client = client;
      this.body = body;
    }

    void next() {
      if (stopped) {
        if (inFlight.get() == 0) {
          drained.countDown();
        }
        return;
      }
      HttpRequest<Buffer> request =
          client.post("/api/v1/namespaces/default/pods").putHeader("Content-Type", "application/json");
      bearerToken.ifPresent(token -> request.putHeader("Authorization", "Bearer " + token));
      long start = System.nanoTime();
      inFlight.incrementAndGet();
      request
          .sendBuffer(body)
          .onComplete(
              ar -> {
                inFlight.decrementAndGet();
                if (measuring) {
                  completed.increment();
                  latencyNanos.add(System.nanoTime() - start);
                  if (ar.succeeded() && ar.result().statusCode() == 201) {
                    created.increment();
                  } else {
                    failed.increment();
                    if (firstFailure == null) {
                      firstFailure =
                          ar.succeeded()
                              ? ar.result().statusCode() + " " + ar.result().bodyAsString()
                              : ar.cause().toString();
                    }
                  }
                }
                next();
              });
    }

    void startMeasuring() {
      measuring = true;
    }

    Result stop(long elapsedNanos) {
      measuring = false;
      stopped = true;
      long done = completed.sum();
      return new Result(
          created.sum(),
          failed.sum(),
          elapsedNanos / 1e9,
          done == 0 ? Double.NaN : latencyNanos.sum() / 1e6 / done,
          Optional.ofNullable(firstFailure));
    }

    void awaitDrained() throws InterruptedException {
      drained.await(10, TimeUnit.SECONDS);
    }
  }
}
