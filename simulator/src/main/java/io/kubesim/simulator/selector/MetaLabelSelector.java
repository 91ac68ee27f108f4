package io.kubesim.simulator.selector;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.labels.LabelSyntax;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts and validates the structured {@code metav1.LabelSelector} ({@code matchLabels} and
 * {@code matchExpressions}) that workloads, Services, PDBs and webhooks carry, given as JSON.
 *
 * <p>Conversion is upstream's {@code LabelSelectorAsSelector}; validation is
 * {@code ValidateLabelSelector} from {@code apimachinery/pkg/apis/meta/v1/validation}. Go walks
 * {@code matchLabels} in random order; this class walks it in key order, so the first error
 * reported is deterministic.
 */
public final class MetaLabelSelector {

  private MetaLabelSelector() {}

  /**
   * The selector that {@code labelSelector} describes: {@link LabelSelector#nothing()} for a
   * missing or null selector, {@link LabelSelector#everything()} for {@code {}}.
   *
   * @throws InvalidSelectorException with upstream's message, e.g.
   *     {@code "Foo" is not a valid label selector operator}
   */
  public static LabelSelector toSelector(JsonNode labelSelector) {
    if (labelSelector == null || labelSelector.isMissingNode() || labelSelector.isNull()) {
      return LabelSelector.nothing();
    }
    List<Requirement> requirements = new ArrayList<>();
    matchLabels(labelSelector).forEach((key, value) ->
        requirements.add(Requirement.of(key, Operator.EQUALS, List.of(value))));
    for (JsonNode expression : labelSelector.path("matchExpressions")) {
      String operator = expression.path("operator").asText();
      Operator op = switch (operator) {
        case "In" -> Operator.IN;
        case "NotIn" -> Operator.NOT_IN;
        case "Exists" -> Operator.EXISTS;
        case "DoesNotExist" -> Operator.DOES_NOT_EXIST;
        default -> throw new InvalidSelectorException(
            GoQuote.quote(operator) + " is not a valid label selector operator");
      };
      requirements.add(Requirement.of(expression.path("key").asText(), op, values(expression)));
    }
    return LabelSelector.of(requirements);
  }

  /**
   * Upstream's {@code ValidateLabelSelector}: field errors under {@code path}, e.g.
   * {@code spec.selector.matchExpressions[0].values: Required value: ...}.
   *
   * @param labelSelector the selector JSON; missing or null is valid
   * @param path the selector's field path, e.g. {@code spec.selector}
   * @param allowInvalidLabelValue upstream's {@code AllowInvalidLabelValueInSelector}, set when
   *     an update must keep accepting values that older servers let through
   */
  public static List<FieldError> validate(JsonNode labelSelector, String path,
      boolean allowInvalidLabelValue) {
    List<FieldError> errors = new ArrayList<>();
    if (labelSelector == null || labelSelector.isMissingNode() || labelSelector.isNull()) {
      return errors;
    }
    String labelsPath = path + ".matchLabels";
    matchLabels(labelSelector).forEach((key, value) -> {
      keyErrors(key, labelsPath, errors);
      LabelSyntax.valueErrors(value)
          .forEach(m -> errors.add(FieldError.invalid(labelsPath, value, m)));
    });
    int index = 0;
    for (JsonNode expression : labelSelector.path("matchExpressions")) {
      String at = path + ".matchExpressions[" + index++ + "]";
      validateExpression(expression, at, allowInvalidLabelValue, errors);
    }
    return errors;
  }

  private static void validateExpression(JsonNode expression, String path,
      boolean allowInvalidLabelValue, List<FieldError> errors) {
    List<String> values = values(expression);
    int count = values == null ? 0 : values.size();
    String operator = expression.path("operator").asText();
    switch (operator) {
      case "In", "NotIn" -> {
        if (count == 0) {
          errors.add(FieldError.required(path + ".values",
              "must be specified when `operator` is 'In' or 'NotIn'"));
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (count > 0) {
          errors.add(FieldError.forbidden(path + ".values",
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        }
      }
      default -> errors.add(
          FieldError.invalid(path + ".operator", operator, "not a valid selector operator"));
    }
    keyErrors(expression.path("key").asText(), path + ".key", errors);
    if (!allowInvalidLabelValue) {
      for (int i = 0; i < count; i++) {
        String value = values.get(i);
        String at = path + ".values[" + i + "]";
        LabelSyntax.valueErrors(value).forEach(m -> errors.add(FieldError.invalid(at, value, m)));
      }
    }
  }

  private static void keyErrors(String key, String path, List<FieldError> errors) {
    LabelSyntax.keyErrors(key).forEach(m -> errors.add(FieldError.invalid(path, key, m)));
  }

  private static Map<String, String> matchLabels(JsonNode labelSelector) {
    Map<String, String> labels = new TreeMap<>(Utf8Order.INSTANCE);
    labelSelector.path("matchLabels").properties()
        .forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  // null for an absent or empty list: upstream copies into a nil slice, which errors print as nil
  private static List<String> values(JsonNode expression) {
    JsonNode values = expression.path("values");
    if (!values.isArray() || values.isEmpty()) {
      return null;
    }
    List<String> result = new ArrayList<>();
    values.forEach(v -> result.add(v.asText()));
    return result;
  }
}
