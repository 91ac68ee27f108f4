package io.kubesim.benchmarks.client;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills a server's benchmark namespace with {@link BenchPods} through the HTTP API, several
 * creates in flight, so the stored pods carry everything the pipeline adds.
 */
public final class HttpPodFill {

  private HttpPodFill() {}

  /**
   * Creates pods named {@code <prefix><index>} (six digits) for indexes {@code from} to
   * {@code to} (exclusive).
   *
   * @throws IllegalStateException when a create fails
   */
  public static void createPods(String baseUrl, String prefix, int from, int to, int inFlight)
      throws InterruptedException {
    URI uri = URI.create(baseUrl + "/api/v1/namespaces/" + BenchPods.NAMESPACE + "/pods");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Semaphore permits = new Semaphore(inFlight);
    AtomicLong failures = new AtomicLong();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    for (int i = from; i < to; i++) {
      permits.acquire();
      String body = Serialization.asJson(BenchPods.pod(String.format("%s%06d", prefix, i)));
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (response, error) -> {
                if (error != null || response.statusCode() != 201) {
                  failures.incrementAndGet();
                  firstFailure.compareAndSet(null, error != null ? error.toString() : response.statusCode() + " " + response.body());
                }
                permits.release();
              });
    }
    permits.acquire(inFlight);
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " creates failed, first: " + firstFailure.get());
    }
  }
}
