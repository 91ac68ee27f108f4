package io.kubesim.admission.status;

/** Quotes a string the way Go's {@code %q} verb does, so messages match upstream byte for byte. */
public final class GoQuote {

  private GoQuote() {}

  /** Returns {@code s} in double quotes with Go's escapes for quotes, backslashes and controls. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case 7 -> b.append("\\a");
        case 8 -> b.append("\\b");
        case 12 -> b.append("\\f");
        case 11 -> b.append("\\v");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            b.append(String.format("\\x%02x", cp));
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.append('"').toString();
  }
}
