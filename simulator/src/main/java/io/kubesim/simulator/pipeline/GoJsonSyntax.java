package io.kubesim.simulator.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the first syntax error of a JSON text and words it as Go's {@code encoding/json} does
 * ({@code unexpected end of JSON input}, {@code invalid character 'x' looking for beginning of
 * value}, ...): upstream's decoders validate the whole body with that scanner before anything
 * else, and clients see its words in the 400 message.
 */
final class GoJsonSyntax {

  /** Where the scanner is; each state knows which bytes may come next. */
  private enum State {
    BEGIN_VALUE, BEGIN_VALUE_OR_EMPTY, BEGIN_KEY_OR_EMPTY, BEGIN_KEY, END_VALUE, END_TOP,
    IN_STRING, IN_ESCAPE, IN_UNICODE_ESCAPE, NEGATIVE, INTEGER, ZERO, DOT, FRACTION, EXPONENT,
    EXPONENT_SIGN, EXPONENT_DIGITS, LITERAL
  }

  /** What the innermost open container expects after a value. */
  private enum Container { OBJECT_KEY, OBJECT_VALUE, ARRAY }

  private final Deque<Container> open = new ArrayDeque<>();
  private State state = State.BEGIN_VALUE;
  private String literal = "";
  private int literalPosition;
  private int hexDigits;

  private GoJsonSyntax() {}

  /** Go's error text for {@code data}, or empty when it is one valid JSON value. */
  static Optional<String> firstError(byte[] data) {
    GoJsonSyntax scanner = new GoJsonSyntax();
    for (byte b : data) {
      String error = scanner.step(b & 0xff);
      if (error != null) {
        return Optional.of(error);
      }
    }
    if (scanner.state == State.END_TOP) {
      return Optional.empty();
    }
    // Go feeds a space at the end: it completes a top-level number, and its error wins.
    String error = scanner.step(' ');
    if (error != null) {
      return Optional.of(error);
    }
    return scanner.state == State.END_TOP ? Optional.empty()
        : Optional.of("unexpected end of JSON input");
  }

  /** Consumes one byte; returns the error text or null. */
  private String step(int c) {
    switch (state) {
      case BEGIN_VALUE_OR_EMPTY:
        if (isSpace(c)) {
          return null;
        }
        return c == ']' ? endValue(c) : beginValue(c);
      case BEGIN_VALUE:
        return beginValue(c);
      case BEGIN_KEY_OR_EMPTY:
        if (isSpace(c)) {
          return null;
        }
        if (c == '}') {
          open.pop();
          open.push(Container.OBJECT_VALUE);
          return endValue(c);
        }
        return beginKey(c);
      case BEGIN_KEY:
        return beginKey(c);
      case END_VALUE:
        return endValue(c);
      case END_TOP:
        return isSpace(c) ? null : invalid(c, "after top-level value");
      case IN_STRING:
        return inString(c);
      case IN_ESCAPE:
        if ("bfnrt\\/\"".indexOf(c) >= 0) {
          state = State.IN_STRING;
          return null;
        }
        if (c == 'u') {
          state = State.IN_UNICODE_ESCAPE;
          hexDigits = 0;
          return null;
        }
        return invalid(c, "in string escape code");
      case IN_UNICODE_ESCAPE:
        if (Character.digit(c, 16) < 0) {
          return invalid(c, "in \\u hexadecimal character escape");
        }
        if (++hexDigits == 4) {
          state = State.IN_STRING;
        }
        return null;
      default:
        return number(c);
    }
  }

  private String number(int c) {
    switch (state) {
      case NEGATIVE:
        if (c == '0' || isDigit(c)) {
          state = c == '0' ? State.ZERO : State.INTEGER;
          return null;
        }
        return invalid(c, "in numeric literal");
      case INTEGER:
        if (isDigit(c)) {
          return null;
        }
        return afterInteger(c);
      case ZERO:
        return afterInteger(c);
      case DOT:
        if (isDigit(c)) {
          state = State.FRACTION;
          return null;
        }
        return invalid(c, "after decimal point in numeric literal");
      case FRACTION:
        if (isDigit(c)) {
          return null;
        }
        if (c == 'e' || c == 'E') {
          state = State.EXPONENT;
          return null;
        }
        return endValue(c);
      case EXPONENT:
        if (c == '+' || c == '-') {
          state = State.EXPONENT_SIGN;
          return null;
        }
        return exponentSign(c);
      case EXPONENT_SIGN:
        return exponentSign(c);
      case EXPONENT_DIGITS:
        return isDigit(c) ? null : endValue(c);
      default:
        return literal(c);
    }
  }

  private String afterInteger(int c) {
    if (c == '.') {
      state = State.DOT;
      return null;
    }
    if (c == 'e' || c == 'E') {
      state = State.EXPONENT;
      return null;
    }
    return endValue(c);
  }

  private String exponentSign(int c) {
    if (isDigit(c)) {
      state = State.EXPONENT_DIGITS;
      return null;
    }
    return invalid(c, "in exponent of numeric literal");
  }

  private String literal(int c) {
    char expected = literal.charAt(literalPosition);
    if (c != expected) {
      return invalid(c, "in literal " + literal + " (expecting " + quote(expected) + ")");
    }
    if (++literalPosition == literal.length()) {
      state = State.END_VALUE;
    }
    return null;
  }

  private String beginValue(int c) {
    if (isSpace(c)) {
      state = State.BEGIN_VALUE;
      return null;
    }
    switch (c) {
      case '{' -> {
        open.push(Container.OBJECT_KEY);
        state = State.BEGIN_KEY_OR_EMPTY;
      }
      case '[' -> {
        open.push(Container.ARRAY);
        state = State.BEGIN_VALUE_OR_EMPTY;
      }
      case '"' -> state = State.IN_STRING;
      case '-' -> state = State.NEGATIVE;
      case '0' -> state = State.ZERO;
      case 't', 'f', 'n' -> {
        literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
        literalPosition = 1;
        state = State.LITERAL;
      }
      default -> {
        if (!isDigit(c)) {
          return invalid(c, "looking for beginning of value");
        }
        state = State.INTEGER;
      }
    }
    return null;
  }

  private String beginKey(int c) {
    if (isSpace(c)) {
      state = State.BEGIN_KEY;
      return null;
    }
    if (c == '"') {
      state = State.IN_STRING;
      return null;
    }
    return invalid(c, "looking for beginning of object key string");
  }

  private String inString(int c) {
    if (c == '"') {
      state = State.END_VALUE;
    } else if (c == '\\') {
      state = State.IN_ESCAPE;
    } else if (c < 0x20) {
      return invalid(c, "in string literal");
    }
    return null;
  }

  private String endValue(int c) {
    if (open.isEmpty()) {
      state = State.END_TOP;
      return step(c);
    }
    state = State.END_VALUE;
    if (isSpace(c)) {
      return null;
    }
    switch (open.peek()) {
      case OBJECT_KEY -> {
        if (c != ':') {
          return invalid(c, "after object key");
        }
        open.pop();
        open.push(Container.OBJECT_VALUE);
        state = State.BEGIN_VALUE;
      }
      case OBJECT_VALUE -> {
        if (c == ',') {
          open.pop();
          open.push(Container.OBJECT_KEY);
          state = State.BEGIN_KEY;
        } else if (c == '}') {
          close();
        } else {
          return invalid(c, "after object key:value pair");
        }
      }
      case ARRAY -> {
        if (c == ',') {
          state = State.BEGIN_VALUE;
        } else if (c == ']') {
          close();
        } else {
          return invalid(c, "after array element");
        }
      }
    }
    return null;
  }

  private void close() {
    open.pop();
    state = open.isEmpty() ? State.END_TOP : State.END_VALUE;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isDigit(int c) {
    return c >= '1' && c <= '9' || c == '0';
  }

  private static String invalid(int c, String context) {
    return "invalid character " + quote(c) + " " + context;
  }

  /** Go's {@code quoteChar}: the byte as a rune in single quotes, escaped like strconv.Quote. */
  static String quote(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    return "'" + escaped(c) + "'";
  }

  private static String escaped(int c) {
    return switch (c) {
      case '\\' -> "\\\\";
      case 7 -> "\\a";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 11 -> "\\v";
      default -> {
        if (c < 0x20 || c == 0x7f) {
          yield String.format("\\x%02x", c);
        }
        // Bytes above 0x7f are read as the runes U+0080..U+00FF; Go escapes the unprintable.
        if (c >= 0x80 && (c < 0xa1 || c == 0xad)) {
          yield String.format("\\u%04x", c);
        }
        yield String.valueOf((char) c);
      }
    };
  }
}
