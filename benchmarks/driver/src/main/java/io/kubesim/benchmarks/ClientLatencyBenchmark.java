package io.kubesim.benchmarks;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.kubesim.benchmarks.client.ClientScenario;
import io.kubesim.benchmarks.client.Transport;
import io.kubesim.benchmarks.stats.Latency;
import io.kubesim.benchmarks.stats.ResultsFile;
import io.kubesim.benchmarks.servers.ApiTarget;
import io.kubesim.benchmarks.servers.Targets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times fabric8 client create, get and list round trips against one target at 1k, 10k and (for
 * kubesim) 100k pods, and appends the figures to the results file. A warm-up (30 s, or
 * {@code -Dbench.warmup.seconds}) of create/get/delete churn runs first, so both the client's and
 * the server's code are compiled before anything is timed.
 *
 * <p>Usage: {@code ClientLatencyBenchmark <target> [maxPods] [getsPerStep]}, where target is one of
 * {@link Targets#NAMES}. {@code -Dbench.transport=jdk|vertx5} picks the client's HTTP transport
 * ({@link Transport}; JDK by default). Each target runs in a fresh JVM (run.sh does that) so no target inherits
 * another's JIT or heap state.
 */
public final class ClientLatencyBenchmark {

  private static final int[] SCALES = {1_000, 10_000, 100_000};
  private static final int LIST_REPS_AT_1K = 20;
  private static final int LIST_REPS_AT_10K = 5;
  private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 30));

  private ClientLatencyBenchmark() {}

  public static void main(String[] args) {
    String targetName = args[0];
    int maxPods = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int gets = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    ResultsFile results = ResultsFile.fromSystemProperty();
    Map<String, Latency> figures = new LinkedHashMap<>();
    int reconnects;
    try (ApiTarget target = Targets.start(targetName);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(target.clientConfig())
            .withHttpClientFactory(Transport.fromSystemProperty().factory()).build()) {
      ClientScenario scenario = new ClientScenario(client, target);
      scenario.warmUp(200, WARM_UP);
      for (int scale : SCALES) {
        if (scale > maxPods) {
          break;
        }
        String at = "@" + (scale / 1000) + "k";
        if (target.stateful() || scale == SCALES[0]) {
          ClientScenario.Fill fill = scenario.createUpTo(scale);
          figures.put("create" + at, fill.atEnd());
          figures.put("fill" + at, fill.all());
        } else {
          scenario.assumeCreated(scale);
        }
        figures.put("get" + at, scenario.gets(gets));
        int listReps = scale <= 1_000 ? LIST_REPS_AT_1K : scale <= 10_000 ? LIST_REPS_AT_10K : 0;
        if (listReps > 0) {
          figures.put("list" + at, scenario.lists(listReps));
        }
      }
      reconnects = scenario.reconnects();
    }
    if (reconnects > 0) {
      BenchOutput.line(targetName + ": " + reconnects + " creates failed to connect and were sent again");
    }
    results.put("client." + targetName + ".reconnects", reconnects);
    BenchOutput.line(
        "client latency, target "
            + targetName
            + ", transport "
            + Transport.fromSystemProperty().name().toLowerCase(java.util.Locale.ROOT)
            + " (ms; create@Nk = the last "
            + ClientScenario.END_WINDOW
            + " creates before the store holds N pods, fill@Nk = all creates growing it to N)");
    BenchOutput.line(String.format("%-12s %6s %9s %9s %9s %9s", "op", "n", "mean", "median", "p90", "max"));
    figures.forEach(
        (op, l) -> {
          BenchOutput.line(
              String.format(
                  "%-12s %6d %9.3f %9.3f %9.3f %9.3f", op, l.count(), l.meanMillis(), l.medianMillis(), l.p90Millis(), l.maxMillis()));
          results.put("client." + targetName + "." + op, l);
        });
  }
}
