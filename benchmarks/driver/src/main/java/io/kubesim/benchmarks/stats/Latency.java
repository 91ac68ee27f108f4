package io.kubesim.benchmarks.stats;

import java.util.Arrays;

/**
 * Summary of a series of per-operation latencies, in milliseconds.
 *
 * @param count how many operations were timed
 * @param meanMillis arithmetic mean
 * @param medianMillis 50th percentile
 * @param p90Millis 90th percentile
 * @param maxMillis slowest operation
 */
public record Latency(int count, double meanMillis, double medianMillis, double p90Millis, double maxMillis) {

  /** Summarises raw nanosecond samples (the array is sorted in place). */
  public static Latency ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    Arrays.sort(nanos);
    double sum = 0;
    for (long n : nanos) {
      sum += n;
    }
    return new Latency(
        nanos.length,
        sum / nanos.length / 1e6,
        percentile(nanos, 0.50) / 1e6,
        percentile(nanos, 0.90) / 1e6,
        nanos[nanos.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, double p) {
    // Nearest-rank: the smallest sample with at least p of the samples at or below it.
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** "mean / median" in milliseconds, the form the summary tables use. */
  public String meanMedian() {
    return String.format("%.3f / %.3f", meanMillis, medianMillis);
  }
}
