package io.kubesim.simulator.selector;

import io.kubesim.admission.labels.LabelSyntax;
import io.kubesim.admission.status.FieldError;
import io.kubesim.simulator.selector.LabelSelectorLexer.Kind;
import io.kubesim.simulator.selector.LabelSelectorLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Parses the label selector grammar by recursive descent, with upstream's error messages
 * ({@code labels.Parser}).
 *
 * <pre>
 *   selector    ::= requirement | requirement "," selector
 *   requirement ::= ["!"] KEY [ set | exact ]
 *   set         ::= ("in" | "notin") "(" VALUE { "," VALUE } ")"    (values may be empty)
 *   exact       ::= ("=" | "==" | "!=" | ">" | "<") [ VALUE ]
 * </pre>
 *
 * <p>{@code in} and {@code notin} are keywords only where an operator is expected; elsewhere they
 * are ordinary keys and values ({@code in=notin} is valid).
 */
final class LabelSelectorParser {

  private static final String BINARY_OPERATORS = "in, notin, =, ==, !=, gt, lt";

  private final List<Token> tokens;
  private int position;

  private LabelSelectorParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The requirements of {@code selector} in the order written. */
  static List<Requirement> parse(String selector) {
    return new LabelSelectorParser(LabelSelectorLexer.tokens(selector)).requirements();
  }

  private List<Requirement> requirements() {
    List<Requirement> requirements = new ArrayList<>();
    while (true) {
      Token next = peekValue();
      switch (next.kind()) {
        case END -> {
          return requirements;
        }
        case IDENTIFIER, NOT -> {
          requirements.add(requirementOrWrappedError());
          Token separator = takeValue();
          if (separator.kind() == Kind.END) {
            return requirements;
          }
          if (separator.kind() != Kind.COMMA) {
            throw found(separator, "expected: ',' or 'end of string'");
          }
          Token after = peekValue();
          if (after.kind() != Kind.IDENTIFIER && after.kind() != Kind.NOT) {
            throw found(after, "expected: identifier after ','");
          }
        }
        default -> throw found(next, "expected: !, identifier, or 'end of string'");
      }
    }
  }

  private Requirement requirementOrWrappedError() {
    try {
      return requirement();
    } catch (InvalidSelectorException e) {
      throw new InvalidSelectorException("unable to parse requirement: " + e.getMessage());
    }
  }

  private Requirement requirement() {
    boolean negated = false;
    Token key = takeValue();
    if (key.kind() == Kind.NOT) {
      negated = true;
      key = takeValue();
    }
    if (key.kind() != Kind.IDENTIFIER) {
      throw found(key, "expected: identifier");
    }
    List<String> keyErrors = LabelSyntax.keyErrors(key.literal());
    if (!keyErrors.isEmpty()) {
      // upstream validates against a nil field path, which prints as "<nil>"
      throw new InvalidSelectorException(
          FieldError.invalid("<nil>", key.literal(), String.join("; ", keyErrors)).toString());
    }
    Kind after = peekValue().kind();
    if (negated) {
      // "!x=a" stops here; the caller then reports the unexpected "="
      return Requirement.of(key.literal(), Operator.DOES_NOT_EXIST, List.of());
    }
    if (after == Kind.END || after == Kind.COMMA) {
      return Requirement.of(key.literal(), Operator.EXISTS, List.of());
    }
    Operator operator = operator();
    SortedSet<String> values =
        operator == Operator.IN || operator == Operator.NOT_IN ? valueSet() : exactValue();
    return Requirement.of(key.literal(), operator, new ArrayList<>(values));
  }

  private Operator operator() {
    Token token = tokens.get(Math.min(position++, tokens.size() - 1));
    return switch (token.kind()) {
      case IN -> Operator.IN;
      case NOT_IN -> Operator.NOT_IN;
      case EQUALS -> Operator.EQUALS;
      case DOUBLE_EQUALS -> Operator.DOUBLE_EQUALS;
      case NOT_EQUALS -> Operator.NOT_EQUALS;
      case GREATER -> Operator.GREATER_THAN;
      case LESS -> Operator.LESS_THAN;
      default -> throw found(token, "expected: " + BINARY_OPERATORS);
    };
  }

  private SortedSet<String> valueSet() {
    Token open = takeValue();
    if (open.kind() != Kind.OPEN_PAREN) {
      // upstream's message lacks the comma here
      throw new InvalidSelectorException("found '" + open.literal() + "' expected: '('");
    }
    Token first = peekValue();
    switch (first.kind()) {
      case CLOSE_PAREN -> {
        takeValue();
        return values("");
      }
      case IDENTIFIER, COMMA -> {
        SortedSet<String> values = identifierList();
        takeValue(); // the ")" that ended the list
        return values;
      }
      default -> throw found(first, "expected: ',', ')' or identifier");
    }
  }

  // A list of possibly empty identifiers: "(a,,b)" and "(,a)" both contain "".
  private SortedSet<String> identifierList() {
    SortedSet<String> values = values();
    while (true) {
      Token token = takeValue();
      if (token.kind() == Kind.IDENTIFIER) {
        values.add(token.literal());
        Token next = peekValue();
        if (next.kind() == Kind.CLOSE_PAREN) {
          return values;
        }
        if (next.kind() != Kind.COMMA) {
          throw found(next, "expected: ',' or ')'");
        }
      } else if (token.kind() == Kind.COMMA) {
        if (values.isEmpty()) {
          values.add("");
        }
        Kind next = peekValue().kind();
        if (next == Kind.CLOSE_PAREN) {
          values.add("");
          return values;
        }
        if (next == Kind.COMMA) {
          takeValue();
          values.add("");
        }
      } else {
        throw found(token, "expected: ',', or identifier");
      }
    }
  }

  private SortedSet<String> exactValue() {
    Kind next = peekValue().kind();
    if (next == Kind.END || next == Kind.COMMA) {
      return values("");
    }
    Token value = takeValue();
    if (value.kind() != Kind.IDENTIFIER) {
      throw found(value, "expected: identifier");
    }
    return values(value.literal());
  }

  private static SortedSet<String> values(String... initial) {
    SortedSet<String> values = new TreeSet<>(Utf8Order.INSTANCE);
    values.addAll(List.of(initial));
    return values;
  }

  // Where a value is expected, "in" and "notin" are plain identifiers.
  private Token peekValue() {
    return asValue(tokens.get(Math.min(position, tokens.size() - 1)));
  }

  private Token takeValue() {
    return asValue(tokens.get(Math.min(position++, tokens.size() - 1)));
  }

  private static Token asValue(Token token) {
    return token.kind() == Kind.IN || token.kind() == Kind.NOT_IN
        ? new Token(Kind.IDENTIFIER, token.literal())
        : token;
  }

  private static InvalidSelectorException found(Token token, String expectation) {
    return new InvalidSelectorException("found '" + token.literal() + "', " + expectation);
  }
}
