package io.kubesim.simulator.protobuf;

/**
 * Formats nanoseconds the way Go's {@code time.Duration.String()} does, which is how
 * {@code metav1.Duration} appears in JSON: {@code 1h0m0s}, {@code 1m30s}, {@code 1.5s},
 * {@code 100ms}, {@code 0s}.
 */
final class GoDuration {

  private static final long MICRO = 1_000L;
  private static final long MILLI = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;

  private GoDuration() {}

  static String format(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    // Long.MIN_VALUE has no positive counterpart; Go prints it from the unsigned value too.
    long u = nanos == Long.MIN_VALUE ? nanos : Math.abs(nanos);
    if (u > 0 && u < SECOND) {
      if (u < MICRO) {
        return sign + u + "ns";
      }
      return u < MILLI ? sign + decimal(u, MICRO, 3) + "µs" : sign + decimal(u, MILLI, 6) + "ms";
    }
    String seconds = decimal(Long.remainderUnsigned(u, 60 * SECOND), SECOND, 9) + "s";
    long minutes = Long.divideUnsigned(u, 60 * SECOND);
    if (minutes == 0) {
      return sign + seconds;
    }
    long hours = minutes / 60;
    String rest = (minutes % 60) + "m" + seconds;
    return sign + (hours == 0 ? rest : hours + "h" + rest);
  }

  /** {@code value / unit} with the fraction's trailing zeros dropped, e.g. {@code 1.5}. */
  private static String decimal(long value, long unit, int digits) {
    long whole = value / unit;
    long fraction = value % unit;
    if (fraction == 0) {
      return Long.toString(whole);
    }
    String padded = String.format("%0" + digits + "d", fraction);
    return whole + "." + padded.replaceFirst("0+$", "");
  }
}
