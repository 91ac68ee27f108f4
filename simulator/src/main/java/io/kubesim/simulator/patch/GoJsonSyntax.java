package io.kubesim.simulator.patch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Validates JSON syntax exactly as Go's {@code encoding/json} scanner does and returns its error
 * text, e.g. {@code invalid character 'x' looking for beginning of value}.
 *
 * <p>Upstream answers a malformed PATCH body with that text (after {@code error decoding patch: }
 * for JSON and merge patches), so the state machine below follows Go's {@code scanner.go} state
 * for state, including its quirks: a truncated literal reports the space Go feeds at end of input
 * ({@code invalid character ' ' in literal true (expecting 'e')}).
 */
final class GoJsonSyntax {

  private static final int MAX_NESTING_DEPTH = 10_000;

  private enum State {
    BEGIN_VALUE_OR_EMPTY, BEGIN_VALUE, BEGIN_STRING_OR_EMPTY, BEGIN_STRING, END_VALUE, END_TOP,
    IN_STRING, IN_STRING_ESC, ESC_U, ESC_U1, ESC_U12, ESC_U123,
    NEG, ONE, ZERO, DOT, DOT0, E, E_SIGN, E0,
    T, TR, TRU, F, FA, FAL, FALS, N, NU, NUL, ERROR
  }

  private enum Parse { OBJECT_KEY, OBJECT_VALUE, ARRAY_VALUE }

  private final Deque<Parse> parseStack = new ArrayDeque<>();
  private State state = State.BEGIN_VALUE;
  private boolean endTop;
  private String error;

  private GoJsonSyntax() {}

  /** Go's syntax error for {@code data}, or empty when Go would accept it. */
  static Optional<String> check(byte[] data) {
    GoJsonSyntax scanner = new GoJsonSyntax();
    for (byte b : data) {
      scanner.state = scanner.step(b & 0xff);
      if (scanner.state == State.ERROR) {
        return Optional.of(scanner.error);
      }
    }
    return Optional.ofNullable(scanner.eof());
  }

  private String eof() {
    if (endTop) {
      return null;
    }
    state = step(' ');
    if (endTop) {
      return null;
    }
    return error != null ? error : "unexpected end of JSON input";
  }

  private State step(int c) {
    return switch (state) {
      case BEGIN_VALUE_OR_EMPTY -> isSpace(c) ? state : c == ']' ? endValue(c) : beginValue(c);
      case BEGIN_VALUE -> beginValue(c);
      case BEGIN_STRING_OR_EMPTY -> beginStringOrEmpty(c);
      case BEGIN_STRING -> isSpace(c) ? state
          : c == '"' ? State.IN_STRING : error(c, "looking for beginning of object key string");
      case END_VALUE -> endValue(c);
      case END_TOP -> isSpace(c) ? state : error(c, "after top-level value");
      case IN_STRING -> c == '"' ? State.END_VALUE : c == '\\' ? State.IN_STRING_ESC
          : c < 0x20 ? error(c, "in string literal") : state;
      case IN_STRING_ESC -> "bfnrt\\/\"".indexOf(c) >= 0 ? State.IN_STRING
          : c == 'u' ? State.ESC_U : error(c, "in string escape code");
      case ESC_U -> hex(c, State.ESC_U1);
      case ESC_U1 -> hex(c, State.ESC_U12);
      case ESC_U12 -> hex(c, State.ESC_U123);
      case ESC_U123 -> hex(c, State.IN_STRING);
      case NEG -> c == '0' ? State.ZERO : isDigit(c) ? State.ONE : error(c, "in numeric literal");
      case ONE -> isDigit(c) ? state : zero(c);
      case ZERO -> zero(c);
      case DOT -> isDigit(c) ? State.DOT0 : error(c, "after decimal point in numeric literal");
      case DOT0 -> isDigit(c) ? state : c == 'e' || c == 'E' ? State.E : endValue(c);
      case E -> c == '+' || c == '-' ? State.E_SIGN : eSign(c);
      case E_SIGN -> eSign(c);
      case E0 -> isDigit(c) ? state : endValue(c);
      case T -> literal(c, 'r', "true", State.TR);
      case TR -> literal(c, 'u', "true", State.TRU);
      case TRU -> literal(c, 'e', "true", State.END_VALUE);
      case F -> literal(c, 'a', "false", State.FA);
      case FA -> literal(c, 'l', "false", State.FAL);
      case FAL -> literal(c, 's', "false", State.FALS);
      case FALS -> literal(c, 'e', "false", State.END_VALUE);
      case N -> literal(c, 'u', "null", State.NU);
      case NU -> literal(c, 'l', "null", State.NUL);
      case NUL -> literal(c, 'l', "null", State.END_VALUE);
      case ERROR -> State.ERROR;
    };
  }

  private State beginValue(int c) {
    if (isSpace(c)) {
      return State.BEGIN_VALUE;
    }
    return switch (c) {
      case '{' -> push(c, Parse.OBJECT_KEY, State.BEGIN_STRING_OR_EMPTY);
      case '[' -> push(c, Parse.ARRAY_VALUE, State.BEGIN_VALUE_OR_EMPTY);
      case '"' -> State.IN_STRING;
      case '-' -> State.NEG;
      case '0' -> State.ZERO;
      case 't' -> State.T;
      case 'f' -> State.F;
      case 'n' -> State.N;
      default -> isDigit(c) ? State.ONE : error(c, "looking for beginning of value");
    };
  }

  private State beginStringOrEmpty(int c) {
    if (isSpace(c)) {
      return state;
    }
    if (c == '}') {
      parseStack.pop();
      parseStack.push(Parse.OBJECT_VALUE);
      return endValue(c);
    }
    return c == '"' ? State.IN_STRING : error(c, "looking for beginning of object key string");
  }

  private State endValue(int c) {
    if (parseStack.isEmpty()) {
      endTop = true;
      return isSpace(c) ? State.END_TOP : error(c, "after top-level value");
    }
    if (isSpace(c)) {
      return State.END_VALUE;
    }
    switch (parseStack.peek()) {
      case OBJECT_KEY -> {
        if (c != ':') {
          return error(c, "after object key");
        }
        parseStack.pop();
        parseStack.push(Parse.OBJECT_VALUE);
        return State.BEGIN_VALUE;
      }
      case OBJECT_VALUE -> {
        if (c == ',') {
          parseStack.pop();
          parseStack.push(Parse.OBJECT_KEY);
          return State.BEGIN_STRING;
        }
        return c == '}' ? pop() : error(c, "after object key:value pair");
      }
      default -> {
        if (c == ',') {
          return State.BEGIN_VALUE;
        }
        return c == ']' ? pop() : error(c, "after array element");
      }
    }
  }

  private State push(int c, Parse parse, State next) {
    parseStack.push(parse);
    return parseStack.size() <= MAX_NESTING_DEPTH ? next : error(c, "exceeded max depth");
  }

  private State pop() {
    parseStack.pop();
    if (parseStack.isEmpty()) {
      endTop = true;
      return State.END_TOP;
    }
    return State.END_VALUE;
  }

  private State zero(int c) {
    return c == '.' ? State.DOT : c == 'e' || c == 'E' ? State.E : endValue(c);
  }

  private State eSign(int c) {
    return isDigit(c) ? State.E0 : error(c, "in exponent of numeric literal");
  }

  private State hex(int c, State next) {
    boolean hex = isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return hex ? next : error(c, "in \\u hexadecimal character escape");
  }

  private State literal(int c, char expected, String word, State next) {
    return c == expected ? next
        : error(c, "in literal " + word + " (expecting " + quoteChar(expected) + ")");
  }

  private State error(int c, String context) {
    error = "invalid character " + quoteChar(c) + " " + context;
    return State.ERROR;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Go's {@code quoteChar}: the byte as a rune in single quotes, escaped like {@code %q}. */
  static String quoteChar(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String body = switch (c) {
      case 7 -> "\\a";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 11 -> "\\v";
      case '\\' -> "\\\\";
      default -> {
        if (c < 0x20 || c == 0x7f) {
          yield String.format("\\x%02x", c);
        }
        // bytes >= 0x80 become the rune U+0080..U+00FF; Go escapes the unprintable ones
        if (c >= 0x80 && (c < 0xa1 || c == 0xad)) {
          yield String.format("\\u%04x", c);
        }
        yield String.valueOf((char) c);
      }
    };
    return "'" + body + "'";
  }
}
