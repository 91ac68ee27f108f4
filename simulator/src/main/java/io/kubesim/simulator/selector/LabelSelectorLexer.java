package io.kubesim.simulator.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a label selector string into tokens, as upstream's {@code labels.Lexer} does.
 *
 * <p>Identifiers run until whitespace or one of {@code = ! ( ) , > <}; symbols are read greedily
 * ({@code !=} before {@code !}). A NUL character ends the input, as it does upstream, where NUL is
 * the lexer's end-of-input marker.
 */
final class LabelSelectorLexer {

  /** The kinds of token. */
  enum Kind {
    END, CLOSE_PAREN, COMMA, NOT, DOUBLE_EQUALS, EQUALS, GREATER, IDENTIFIER, IN, LESS,
    NOT_EQUALS, NOT_IN, OPEN_PAREN
  }

  /** One token and the text it was read from. */
  record Token(Kind kind, String literal) {}

  private static final Map<String, Kind> LITERALS = Map.ofEntries(
      Map.entry(")", Kind.CLOSE_PAREN),
      Map.entry(",", Kind.COMMA),
      Map.entry("!", Kind.NOT),
      Map.entry("==", Kind.DOUBLE_EQUALS),
      Map.entry("=", Kind.EQUALS),
      Map.entry(">", Kind.GREATER),
      Map.entry("in", Kind.IN),
      Map.entry("<", Kind.LESS),
      Map.entry("!=", Kind.NOT_EQUALS),
      Map.entry("notin", Kind.NOT_IN),
      Map.entry("(", Kind.OPEN_PAREN));

  private static final char END_OF_INPUT = 0;

  private final String input;
  private int position;

  private LabelSelectorLexer(String input) {
    this.input = input;
  }

  /** Every token of {@code selector}, ending with exactly one {@link Kind#END}. */
  static List<Token> tokens(String selector) {
    LabelSelectorLexer lexer = new LabelSelectorLexer(selector);
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = lexer.next();
      tokens.add(token);
    } while (token.kind() != Kind.END);
    return tokens;
  }

  private Token next() {
    char c = read();
    while (isWhitespace(c)) {
      c = read();
    }
    if (c == END_OF_INPUT) {
      return new Token(Kind.END, "");
    }
    position--;
    return isSymbol(c) ? symbol() : identifierOrKeyword();
  }

  private Token identifierOrKeyword() {
    StringBuilder text = new StringBuilder();
    for (char c = read(); c != END_OF_INPUT; c = read()) {
      if (isSymbol(c) || isWhitespace(c)) {
        position--;
        break;
      }
      text.append(c);
    }
    String literal = text.toString();
    Kind keyword = LITERALS.get(literal);
    return new Token(keyword == null ? Kind.IDENTIFIER : keyword, literal);
  }

  // Every symbol character is a token on its own, so the longest match is never empty.
  private Token symbol() {
    StringBuilder text = new StringBuilder();
    Token longest = null;
    for (char c = read(); c != END_OF_INPUT; c = read()) {
      if (!isSymbol(c)) {
        position--;
        break;
      }
      text.append(c);
      Kind kind = LITERALS.get(text.toString());
      if (kind != null) {
        longest = new Token(kind, text.toString());
      } else {
        position--;
        break;
      }
    }
    return longest;
  }

  private char read() {
    return position < input.length() ? input.charAt(position++) : END_OF_INPUT;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isSymbol(char c) {
    return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
  }
}
