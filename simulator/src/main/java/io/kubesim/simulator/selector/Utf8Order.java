package io.kubesim.simulator.selector;

import java.util.Comparator;

/**
 * Orders strings as Go's {@code sort.Strings} does: by UTF-8 bytes, which is code point order.
 *
 * <p>{@link String#compareTo} compares UTF-16 units and disagrees for characters above the
 * surrogate range; upstream's sorted selector output and error precedence follow byte order.
 */
final class Utf8Order implements Comparator<String> {

  static final Utf8Order INSTANCE = new Utf8Order();

  private Utf8Order() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
