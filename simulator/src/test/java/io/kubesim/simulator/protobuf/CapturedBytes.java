package io.kubesim.simulator.protobuf;

import java.io.ByteArrayOutputStream;

/** Byte strings written as Go prints them ({@code \x00}, {@code \n}, {@code \t}, {@code \"}). */
final class CapturedBytes {

  private CapturedBytes() {}

  /** The bytes of a Go-escaped string, as the spec quotes captured bodies. */
  static byte[] unquote(String escaped) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c != '\\') {
        out.write(c);
        continue;
      }
      char next = escaped.charAt(++i);
      switch (next) {
        case 'x' -> {
          out.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'n' -> out.write('\n');
        case 't' -> out.write('\t');
        case 'r' -> out.write('\r');
        default -> out.write(next);
      }
    }
    return out.toByteArray();
  }
}
