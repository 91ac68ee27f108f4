package io.kubesim.simulator.api.table;

import java.time.Duration;

/**
 * Formats an elapsed time the way kubectl columns show ages ({@code 5s}, {@code 3m20s},
 * {@code 2d4h}), following apimachinery's {@code duration.HumanDuration}: precision shrinks as the
 * duration grows, so a column stays narrow.
 */
public final class HumanDuration {

  private static final long DAYS_PER_YEAR = 365;

  private HumanDuration() {}

  /** The human form of {@code d}; {@code <invalid>} when it is more than a second negative. */
  public static String format(Duration d) {
    long seconds = d.getSeconds() + (d.isNegative() && d.getNano() > 0 ? 1 : 0);
    // up to one second in the future is clock skew between machines, shown as "0s"
    if (seconds < -1) {
      return "<invalid>";
    } else if (seconds < 0) {
      return "0s";
    } else if (seconds < 120) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 10) {
      long s = seconds % 60;
      return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
    } else if (minutes < 3 * 60) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 8) {
      long m = minutes % 60;
      return m == 0 ? hours + "h" : hours + "h" + m + "m";
    } else if (hours < 48) {
      return hours + "h";
    } else if (hours < 24 * 8) {
      long h = hours % 24;
      return h == 0 ? hours / 24 + "d" : hours / 24 + "d" + h + "h";
    } else if (hours < 24 * DAYS_PER_YEAR * 2) {
      return hours / 24 + "d";
    } else if (hours < 24 * DAYS_PER_YEAR * 8) {
      long days = hours / 24 % DAYS_PER_YEAR;
      long years = hours / 24 / DAYS_PER_YEAR;
      return days == 0 ? years + "y" : years + "y" + days + "d";
    }
    return hours / 24 / DAYS_PER_YEAR + "y";
  }
}
