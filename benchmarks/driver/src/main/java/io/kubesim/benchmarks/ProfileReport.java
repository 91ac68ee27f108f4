package io.kubesim.benchmarks;

import io.kubesim.benchmarks.profile.HotMethods;
import java.nio.file.Path;

/**
 * Prints what dominates a JFR recording taken during a benchmark: the hottest methods by self
 * samples, then kubesim's own methods by inclusive samples.
 *
 * <p>Usage: {@code ProfileReport <recording.jfr> [limit=20]}.
 */
public final class ProfileReport {

  private ProfileReport() {}

  public static void main(String[] args) throws Exception {
    HotMethods hot = HotMethods.read(Path.of(args[0]));
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    BenchOutput.line(hot.total() + " execution samples in " + args[0]);
    BenchOutput.line("self (on top of the stack):");
    hot.topSelf(limit).forEach(h -> BenchOutput.line(String.format("  %5.1f%%  %s", h.share() * 100, h.method())));
    BenchOutput.line("inclusive, io.kubesim methods (anywhere on the stack):");
    hot.topInclusive("io.kubesim.", limit)
        .forEach(h -> BenchOutput.line(String.format("  %5.1f%%  %s", h.share() * 100, h.method())));
  }
}
