package io.kubesim.benchmarks;

import io.kubesim.benchmarks.client.BenchPods;
import io.kubesim.benchmarks.client.HttpPodFill;
import io.kubesim.benchmarks.stats.Latency;
import io.kubesim.benchmarks.stats.ResultsFile;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Times DELETEs of single pods while the namespace grows, to show whether a delete costs more in
 * a fuller namespace (the garbage collector once listed and decoded the whole namespace on every
 * delete to find dependents; it now looks the owner up in an index).
 *
 * <p>An in-process simulator's {@code default} namespace is filled with small pods through the
 * API; at each scale, {@code deletes} extra pods are created and then deleted one at a time with
 * the JDK client, and each DELETE round trip is timed (after an untimed warm-up at the first
 * scale).
 *
 * <p>Usage: {@code DeleteLatencyBenchmark [maxPods=50000] [deletes=300]}.
 */
public final class DeleteLatencyBenchmark {

  private static final int[] SCALES = {1_000, 10_000, 50_000, 100_000};
  private static final int IN_FLIGHT = 16;

  private DeleteLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int maxPods = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int deletes = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    ResultsFile results = ResultsFile.fromSystemProperty();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder().port(0).build())) {
      String url = sim.baseUrl();
      int filled = 0;
      timeDeletes(http, url, "warm-", deletes * 5); // JIT-compile the delete path first
      BenchOutput.line(String.format("%-12s %6s %9s %9s %9s %9s", "op", "n", "mean", "median", "p90", "max"));
      for (int scale : SCALES) {
        if (scale > maxPods) {
          break;
        }
        HttpPodFill.createPods(url, "pod-", filled, scale, IN_FLIGHT);
        filled = scale;
        Latency latency = timeDeletes(http, url, "del-" + scale + "-", deletes);
        String op = "delete@" + (scale / 1000) + "k";
        BenchOutput.line(String.format("%-12s %6d %9.3f %9.3f %9.3f %9.3f", op, latency.count(),
            latency.meanMillis(), latency.medianMillis(), latency.p90Millis(), latency.maxMillis()));
        results.put("delete." + op, latency);
      }
    }
  }

  /** Creates {@code count} pods, then deletes them one by one, timing each DELETE. */
  private static Latency timeDeletes(HttpClient http, String url, String prefix, int count)
      throws Exception {
    HttpPodFill.createPods(url, prefix, 0, count, IN_FLIGHT);
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      URI pod = URI.create(url + "/api/v1/namespaces/" + BenchPods.NAMESPACE + "/pods/"
          + String.format("%s%06d", prefix, i));
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(pod).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());
      nanos[i] = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("DELETE " + pod + ": " + response.statusCode());
      }
    }
    return Latency.ofNanos(nanos);
  }
}
