package io.kubesim.benchmarks;

import io.fabric8.kubernetes.client.Config;
import io.kubesim.benchmarks.client.BenchPods;
import io.kubesim.benchmarks.load.CreateLoad;
import io.kubesim.benchmarks.stats.ResultsFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Measures pod creates per second through a running kubesim's full pipeline with the Vert.x 5
 * load driver ({@link CreateLoad}), {@code connections} requests in flight.
 *
 * <p>Usage: {@code ThroughputBenchmark <kubeconfig> [connections=16] [seconds=10] [warmupSeconds=5]};
 * the server and credentials come from the kubeconfig the standalone server wrote.
 */
public final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Config config = Config.fromKubeconfig(Files.readString(Path.of(args[0])));
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
    double warmup = args.length > 3 ? Double.parseDouble(args[3]) : 5;
    URI server = URI.create(config.getMasterUrl());
    Optional<String> token = Optional.ofNullable(config.getOauthToken()).filter(t -> !t.isBlank());
    CreateLoad.Result result =
        new CreateLoad(server, token, connections).run(BenchPods.generateNameJson("load-"), warmup, seconds);
    BenchOutput.line(
        String.format(
            "vertx load driver: %d connections, %.1f s measured: %d creates (%.0f/s), %d failed, mean latency %.2f ms",
            connections, result.seconds(), result.created(), result.createsPerSecond(), result.failed(), result.meanLatencyMillis()));
    result.firstFailure().ifPresent(f -> BenchOutput.line("first failure: " + f));
    ResultsFile results = ResultsFile.fromSystemProperty();
    results.put("throughput.vertx.creates_per_s", result.createsPerSecond());
    results.put("throughput.vertx.failed", result.failed());
    results.put("throughput.vertx.mean_latency_ms", result.meanLatencyMillis());
    results.put("throughput.vertx.connections", connections);
  }
}
