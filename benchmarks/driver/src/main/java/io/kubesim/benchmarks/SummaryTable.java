package io.kubesim.benchmarks;

import io.kubesim.benchmarks.stats.ResultsFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the results file that the benchmark JVMs filled as two Markdown tables: client latency
 * per target, then each target of the issue with the measured figure and PASS/FAIL.
 *
 * <p>Usage: {@code SummaryTable} with {@code -Dbench.results=<file>}.
 */
public final class SummaryTable {

  private static final List<String> TARGETS = List.of("kubesim", "kubesim-standalone", "mock", "floor");
  private static final List<String> OPS =
      List.of(
          "create@1k", "get@1k", "list@1k", "create@10k", "fill@10k", "get@10k", "list@10k", "create@100k", "fill@100k",
          "get@100k");

  private final Map<String, String> values;

  private SummaryTable(Map<String, String> values) {
    this.values = values;
  }

  public static void main(String[] args) {
    new SummaryTable(ResultsFile.fromSystemProperty().read()).print();
  }

  private void print() {
    BenchOutput.line("### fabric8 client round trips, mean / median ms per operation");
    BenchOutput.line("");
    BenchOutput.line("| op | " + String.join(" | ", TARGETS) + " |");
    BenchOutput.line("|---|" + "---|".repeat(TARGETS.size()));
    for (String op : OPS) {
      StringBuilder row = new StringBuilder("| " + op + " |");
      for (String target : TARGETS) {
        String key = "client." + target + "." + op;
        row.append(' ')
            .append(number(key + ".mean_ms").map(m -> String.format("%.3f / %.3f", m, number(key + ".median_ms").orElse(Double.NaN))).orElse("–"))
            .append(" |");
      }
      BenchOutput.line(row.toString());
    }
    BenchOutput.line("");
    BenchOutput.line("### Targets");
    BenchOutput.line("");
    BenchOutput.line("| target | measured | goal | verdict |");
    BenchOutput.line("|---|---|---|---|");
    for (String kubesim : List.of("kubesim", "kubesim-standalone")) {
      ratio("create@1k: mock / " + kubesim + " (mean)", "client.mock.create@1k.mean_ms", "client." + kubesim + ".create@1k.mean_ms", 10, true);
      ratio("get@10k: mock / " + kubesim + " (mean)", "client.mock.get@10k.mean_ms", "client." + kubesim + ".get@10k.mean_ms", 20, true);
      ratio("get@100k / get@1k, " + kubesim + " (mean)", "client." + kubesim + ".get@100k.mean_ms", "client." + kubesim + ".get@1k.mean_ms", 1.5, false);
    }
    // What a server that did no work at all would score: the client's own cost caps the ratios.
    bound("create@1k: mock / floor (mean), the best any server can score", "client.mock.create@1k.mean_ms", "client.floor.create@1k.mean_ms");
    bound("get@10k: mock / floor (mean), the best any server can score", "client.mock.get@10k.mean_ms", "client.floor.get@10k.mean_ms");
    threshold("pod creates/s, wrk, 16 connections", "throughput.wrk.creates_per_s", 10_000, true, "%.0f");
    threshold("pod creates/s, Vert.x driver, 16 connections", "throughput.vertx.creates_per_s", 10_000, true, "%.0f");
    threshold("second instance start() to port bound, median ms", "startup.median_ms", 50, false, "%.1f");
    threshold("second instance start() to port bound, mean ms", "startup.mean_ms", 50, false, "%.1f");
    threshold("heap used with 100k pods, MiB", "memory.heap_used_mib", 1024, false, "%.0f");
    number("memory.bytes_per_pod").ifPresent(b -> BenchOutput.line(String.format("| bytes of heap per pod | %.0f | – | – |", b)));
  }

  private void ratio(String label, String numeratorKey, String denominatorKey, double goal, boolean atLeast) {
    Optional<Double> numerator = number(numeratorKey);
    Optional<Double> denominator = number(denominatorKey);
    if (numerator.isEmpty() || denominator.isEmpty()) {
      return;
    }
    double value = numerator.get() / denominator.get();
    row(label, String.format("%.2fx", value), (atLeast ? ">= " : "<= ") + goal + "x", atLeast ? value >= goal : value <= goal);
  }

  private void bound(String label, String numeratorKey, String denominatorKey) {
    Optional<Double> numerator = number(numeratorKey);
    Optional<Double> denominator = number(denominatorKey);
    if (numerator.isPresent() && denominator.isPresent()) {
      BenchOutput.line(String.format("| %s | %.2fx | – | bound |", label, numerator.get() / denominator.get()));
    }
  }

  private void threshold(String label, String key, double goal, boolean atLeast, String format) {
    number(key)
        .ifPresent(
            value -> row(label, String.format(format, value), (atLeast ? ">= " : "<= ") + String.format(format, goal), atLeast ? value >= goal : value <= goal));
  }

  private static void row(String label, String measured, String goal, boolean pass) {
    BenchOutput.line("| " + label + " | " + measured + " | " + goal + " | " + (pass ? "PASS" : "FAIL") + " |");
  }

  private Optional<Double> number(String key) {
    return Optional.ofNullable(values.get(key)).map(Double::parseDouble);
  }
}
