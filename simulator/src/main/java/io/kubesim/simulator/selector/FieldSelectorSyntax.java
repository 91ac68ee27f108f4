package io.kubesim.simulator.selector;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical rules of field selectors ({@code apimachinery/pkg/fields/selector.go}): terms split
 * on unescaped commas, a term splits at its first operator, and values escape {@code \ , =} with a
 * backslash.
 */
public final class FieldSelectorSyntax {

  private static final List<String> OPERATORS = List.of("!=", "==", "=");

  private FieldSelectorSyntax() {}

  /** Upstream's {@code EscapeValue}: a literal value made safe to embed in a field selector. */
  public static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == ',' || c == '=') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Upstream's {@code UnescapeValue}: the literal value of an escaped one.
   *
   * @throws InvalidSelectorException for an unknown escape, a trailing backslash, or an unescaped
   *     {@code ,} or {@code =} (upstream prints that character as its code point number)
   */
  public static String unescape(String value) {
    if (value.indexOf('\\') < 0 && value.indexOf(',') < 0 && value.indexOf('=') < 0) {
      return value;
    }
    StringBuilder b = new StringBuilder(value.length());
    boolean escaped = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (escaped) {
        if (c != '\\' && c != ',' && c != '=') {
          throw invalidEscape(new StringBuilder("\\").appendCodePoint(c).toString());
        }
        b.appendCodePoint(c);
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == ',' || c == '=') {
        // upstream formats the rune with %v, which prints its number
        throw new InvalidSelectorException(
            "invalid field selector: unescaped character in value: " + c);
      } else {
        b.appendCodePoint(c);
      }
    }
    if (escaped) {
      throw invalidEscape("\\");
    }
    return b.toString();
  }

  /** The comma-separated terms, escapes kept; empty input has no terms. */
  static List<String> splitTerms(String selector) {
    List<String> terms = new ArrayList<>();
    if (selector.isEmpty()) {
      return terms;
    }
    int start = 0;
    boolean escaped = false;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == ',') {
        terms.add(selector.substring(start, i));
        start = i + 1;
      }
    }
    terms.add(selector.substring(start));
    return terms;
  }

  /**
   * Splits a term at the first position where {@code !=}, {@code ==} or {@code =} starts (tried in
   * that order), or returns {@code null} when it has none.
   *
   * @return {@code [field, operator, escaped value]}
   */
  static String[] splitTerm(String term) {
    for (int i = 0; i < term.length(); i++) {
      for (String operator : OPERATORS) {
        if (term.startsWith(operator, i)) {
          return new String[] {term.substring(0, i), operator,
              term.substring(i + operator.length())};
        }
      }
    }
    return null;
  }

  private static InvalidSelectorException invalidEscape(String sequence) {
    return new InvalidSelectorException(
        "invalid field selector: invalid escape sequence: " + sequence);
  }
}
