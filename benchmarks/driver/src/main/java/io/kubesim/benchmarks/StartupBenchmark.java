package io.kubesim.benchmarks;

import io.kubesim.benchmarks.stats.Latency;
import io.kubesim.benchmarks.stats.ResultsFile;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Times how long a second simulator takes to be ready in a warm JVM: from calling {@code start()}
 * to its {@code /readyz} answering 200 on its port, while a first simulator keeps running (as when
 * a test class with its own simulator starts after another). The time until {@code start()}
 * returns is reported too.
 *
 * <p>Usage: {@code StartupBenchmark [warmups=30] [measured=50]}. The very first start in the JVM
 * (class loading, type registry scan) is reported separately as the cold start.
 */
public final class StartupBenchmark {

  private StartupBenchmark() {}

  public static void main(String[] args) {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    long coldStart = System.nanoTime();
    try (KubeSimulator first = KubeSimulator.start(SimulatorOptions.builder().port(0).build())) {
      connect(first.port());
      double coldMillis = (System.nanoTime() - coldStart) / 1e6;
      long[] samples = new long[measured];
      long[] returned = new long[measured];
      for (int i = 0; i < warmups + measured; i++) {
        long start = System.nanoTime();
        KubeSimulator second = KubeSimulator.start(SimulatorOptions.builder().port(0).build());
        long started = System.nanoTime();
        connect(second.port());
        long ready = System.nanoTime();
        second.close();
        if (i >= warmups) {
          samples[i - warmups] = ready - start;
          returned[i - warmups] = started - start;
        }
      }
      Latency startup = Latency.ofNanos(samples);
      Latency startReturned = Latency.ofNanos(returned);
      BenchOutput.line(
          String.format(
              "startup: cold first start %.1f ms; warm second instance over %d starts: mean %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms",
              coldMillis, measured, startup.meanMillis(), startup.medianMillis(), startup.p90Millis(), startup.maxMillis()));
      ResultsFile results = ResultsFile.fromSystemProperty();
      BenchOutput.line(
          String.format(
              "startup: start() alone returned after mean %.1f ms, median %.1f ms", startReturned.meanMillis(), startReturned.medianMillis()));
      results.put("startup", startup);
      results.put("startup.start_returned", startReturned);
      results.put("startup.cold_first_ms", coldMillis);
    }
  }

  /** Asks {@code /readyz} over a fresh connection and waits for the whole answer. */
  private static void connect(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write("GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!answer.startsWith("HTTP/1.1 200")) {
        throw new IllegalStateException("/readyz answered: " + answer.lines().findFirst().orElse("nothing"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("simulator not ready on " + port, e);
    }
  }
}
