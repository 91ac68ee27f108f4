package io.kubesim.simulator.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A parsed field selector: a conjunction of {@link FieldTerm}s, upstream's
 * {@code fields.Selector}.
 *
 * <p>Only {@code =}, {@code ==} and {@code !=} exist. Terms are sorted by their text before they
 * are read, as upstream does, which decides which error is reported first. Whether a kind supports
 * a field is not this class's concern: see {@link SelectableFields#convert}.
 */
public final class FieldSelector {

  private static final FieldSelector EVERYTHING = new FieldSelector(List.of());

  private final List<FieldTerm> terms;

  private FieldSelector(List<FieldTerm> terms) {
    this.terms = List.copyOf(terms);
  }

  /**
   * Parses the {@code fieldSelector} syntax, e.g. {@code metadata.name=x,status.phase!=Running};
   * empty terms are ignored.
   *
   * @throws InvalidSelectorException with upstream's message, e.g.
   *     {@code invalid selector: 'x'; can't understand 'x'}
   */
  public static FieldSelector parse(String selector) {
    List<String> parts = FieldSelectorSyntax.splitTerms(selector);
    parts.sort(Utf8Order.INSTANCE);
    List<FieldTerm> terms = new ArrayList<>();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      String[] split = FieldSelectorSyntax.splitTerm(part);
      if (split == null) {
        throw new InvalidSelectorException(
            "invalid selector: '" + selector + "'; can't understand '" + part + "'");
      }
      String value = FieldSelectorSyntax.unescape(split[2]);
      terms.add(new FieldTerm(split[0], split[1].equals("!="), value));
    }
    return new FieldSelector(terms);
  }

  /** The selector that matches every object. */
  public static FieldSelector everything() {
    return EVERYTHING;
  }

  /** A selector of the given terms, in that order. */
  public static FieldSelector of(List<FieldTerm> terms) {
    return terms.isEmpty() ? EVERYTHING : new FieldSelector(terms);
  }

  /** True when every term holds for {@code fields}; a missing field reads as {@code ""}. */
  public boolean matches(Map<String, String> fields) {
    for (FieldTerm term : terms) {
      if (!term.matches(fields)) {
        return false;
      }
    }
    return true;
  }

  /** True when this selector does not restrict anything. */
  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The terms, in the order they are applied. */
  public List<FieldTerm> terms() {
    return terms;
  }

  /** The value an {@code =} term pins {@code field} to; upstream's {@code RequiresExactMatch}. */
  public Optional<String> requiresExactMatch(String field) {
    return terms.stream()
        .filter(t -> !t.negated() && t.field().equals(field))
        .map(FieldTerm::value)
        .findFirst();
  }

  /** Upstream's {@code Transform}: every term rewritten in order; the first failure propagates. */
  public FieldSelector transform(UnaryOperator<FieldTerm> conversion) {
    return of(terms.stream().map(conversion).toList());
  }

  /** Upstream's rendering: terms joined by {@code ,}, values escaped. */
  @Override
  public String toString() {
    return terms.stream().map(FieldTerm::toString).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldSelector other && terms.equals(other.terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }
}
