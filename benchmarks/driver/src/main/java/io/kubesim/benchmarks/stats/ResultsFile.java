package io.kubesim.benchmarks.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A flat {@code name<TAB>value} file in which each benchmark JVM appends its figures, so that one
 * summary can be printed after benchmarks that ran in separate JVMs.
 *
 * <p>Names are dotted paths such as {@code client.mock.get@10k.mean_ms}; a later value for the
 * same name wins when read.
 */
public final class ResultsFile {

  private final Path path;

  public ResultsFile(Path path) {
    this.path = path;
  }

  /** The file named by the {@code bench.results} system property, or target/bench-results.tsv. */
  public static ResultsFile fromSystemProperty() {
    return new ResultsFile(Path.of(System.getProperty("bench.results", "target/bench-results.tsv")));
  }

  /** Appends one figure. */
  public void put(String name, double value) {
    putText(name, String.format(Locale.ROOT, "%.4f", value));
  }

  /** Appends one textual fact (a target description, a unit). */
  public void putText(String name, String value) {
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(
          path,
          name + "\t" + value.replace('\t', ' ').replace('\n', ' ') + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends the mean, median, p90 and max of a latency series under {@code prefix}. */
  public void put(String prefix, Latency latency) {
    put(prefix + ".mean_ms", latency.meanMillis());
    put(prefix + ".median_ms", latency.medianMillis());
    put(prefix + ".p90_ms", latency.p90Millis());
    put(prefix + ".max_ms", latency.maxMillis());
    put(prefix + ".count", latency.count());
  }

  /** Every name and its latest value, in first-written order. */
  public Map<String, String> read() {
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.exists(path)) {
      return values;
    }
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      for (String line : lines) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          values.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
