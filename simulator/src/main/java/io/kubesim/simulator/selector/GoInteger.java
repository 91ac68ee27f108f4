package io.kubesim.simulator.selector;

/**
 * Parses decimal integers exactly as Go's {@code strconv.ParseInt(s, 10, 64)}: optional sign,
 * ASCII digits only, 64-bit range.
 *
 * <p>{@link Long#parseLong} also accepts non-ASCII digits, which Go rejects.
 */
final class GoInteger {

  private GoInteger() {}

  /** The value, or {@code null} when Go would return an error. */
  static Long parse(String s) {
    int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    if (start == s.length()) {
      return null;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }
}
