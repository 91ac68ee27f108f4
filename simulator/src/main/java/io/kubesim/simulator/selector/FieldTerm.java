package io.kubesim.simulator.selector;

import java.util.Map;
import java.util.Objects;

/**
 * One term of a field selector: {@code field=value} or {@code field!=value}.
 *
 * @param field the field label, e.g. {@code spec.nodeName}
 * @param negated true for {@code !=}
 * @param value the unescaped value; empty matches a missing field
 */
public record FieldTerm(String field, boolean negated, String value) {

  public FieldTerm {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
  }

  /** True when {@code fields} satisfy this term; a missing field reads as {@code ""}. */
  public boolean matches(Map<String, String> fields) {
    return fields.getOrDefault(field, "").equals(value) != negated;
  }

  /** The same term for another field label (what a conversion to a canonical label yields). */
  public FieldTerm withField(String newField) {
    return new FieldTerm(newField, negated, value);
  }

  /** Upstream's rendering, value escaped: {@code a=b}, {@code a!=x\,y}. */
  @Override
  public String toString() {
    return field + (negated ? "!=" : "=") + FieldSelectorSyntax.escape(value);
  }
}
