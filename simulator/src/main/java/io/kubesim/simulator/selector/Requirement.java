package io.kubesim.simulator.selector;

import io.kubesim.admission.labels.LabelSyntax;
import io.kubesim.admission.status.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One term of a label selector: a key, an operator and its values, upstream's
 * {@code labels.Requirement}.
 *
 * <p>Build validated instances with {@link #of}; the canonical constructor trusts its input, as
 * upstream's {@code SelectorFromValidatedSet} does.
 *
 * @param key the label key
 * @param operator how the label's value is compared
 * @param values the values to compare with; empty for {@link Operator#isUnary() unary} operators
 */
public record Requirement(String key, Operator operator, List<String> values) {

  public Requirement {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(values);
  }

  /**
   * Upstream's {@code NewRequirement}: checks the key, the number of values for the operator,
   * integer values for {@code gt}/{@code lt}, and every value's syntax.
   *
   * @param values the values in the order given; {@code null} stands for a Go nil slice, which
   *     upstream prints differently in errors
   * @throws InvalidSelectorException with upstream's aggregated field errors
   */
  public static Requirement of(String key, Operator operator, List<String> values) {
    List<String> vals = values == null ? List.of() : values;
    List<String> errors = new ArrayList<>();
    List<String> keyErrors = LabelSyntax.keyErrors(key);
    if (!keyErrors.isEmpty()) {
      errors.add(FieldError.invalid("key", key, String.join("; ", keyErrors)).toString());
    }
    Object badValues = new GoStringSlice(values);
    switch (operator) {
      case IN, NOT_IN -> {
        if (vals.isEmpty()) {
          errors.add(FieldError.invalid("values", badValues,
              "for 'in', 'notin' operators, values set can't be empty").toString());
        }
      }
      case EQUALS, DOUBLE_EQUALS, NOT_EQUALS -> {
        if (vals.size() != 1) {
          errors.add(FieldError.invalid("values", badValues,
              "exact-match compatibility requires one single value").toString());
        }
      }
      case EXISTS, DOES_NOT_EXIST -> {
        if (!vals.isEmpty()) {
          errors.add(FieldError.invalid("values", badValues,
              "values set must be empty for exists and does not exist").toString());
        }
      }
      case GREATER_THAN, LESS_THAN -> {
        if (vals.size() != 1) {
          errors.add(FieldError.invalid("values", badValues,
              "for 'Gt', 'Lt' operators, exactly one value is required").toString());
        }
        for (int i = 0; i < vals.size(); i++) {
          if (GoInteger.parse(vals.get(i)) == null) {
            errors.add(FieldError.invalid("values[" + i + "]", vals.get(i),
                "for 'Gt', 'Lt' operators, the value must be an integer").toString());
          }
        }
      }
    }
    for (int i = 0; i < vals.size(); i++) {
      List<String> valueErrors = LabelSyntax.valueErrors(vals.get(i));
      if (!valueErrors.isEmpty()) {
        errors.add(FieldError.invalid("values[" + i + "][" + key + "]", vals.get(i),
            String.join("; ", valueErrors)).toString());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSelectorException(AggregateError.message(errors));
    }
    return new Requirement(key, operator, vals);
  }

  /**
   * True when {@code labels} satisfy this requirement. {@code !=} and {@code notin} also match a
   * missing key; {@code gt} and {@code lt} never match a value that is not an integer.
   */
  public boolean matches(Map<String, String> labels) {
    String value = labels.get(key);
    return switch (operator) {
      case IN, EQUALS, DOUBLE_EQUALS -> value != null && values.contains(value);
      case NOT_IN, NOT_EQUALS -> value == null || !values.contains(value);
      case EXISTS -> value != null;
      case DOES_NOT_EXIST -> value == null;
      case GREATER_THAN, LESS_THAN -> compares(value);
    };
  }

  private boolean compares(String value) {
    Long actual = value == null ? null : GoInteger.parse(value);
    Long bound = values.size() == 1 ? GoInteger.parse(values.get(0)) : null;
    if (actual == null || bound == null) {
      return false;
    }
    return operator == Operator.GREATER_THAN ? actual > bound : actual < bound;
  }

  /** Upstream's rendering, e.g. {@code x in (a,b)}, {@code !y}, {@code z>3}; values sorted. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (operator == Operator.DOES_NOT_EXIST) {
      b.append('!');
    }
    b.append(key);
    switch (operator) {
      case EXISTS, DOES_NOT_EXIST -> {
        return b.toString();
      }
      case IN -> b.append(" in ");
      case NOT_IN -> b.append(" notin ");
      case GREATER_THAN -> b.append('>');
      case LESS_THAN -> b.append('<');
      default -> b.append(operator.upstreamName());
    }
    boolean set = operator == Operator.IN || operator == Operator.NOT_IN;
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(Utf8Order.INSTANCE);
    return b.append(set ? "(" : "").append(String.join(",", sorted)).append(set ? ")" : "")
        .toString();
  }
}
