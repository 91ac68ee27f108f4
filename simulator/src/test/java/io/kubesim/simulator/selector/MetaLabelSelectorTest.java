package io.kubesim.simulator.selector;

import static io.kubesim.simulator.selector.UpstreamMessages.LABEL_VALUE;
import static io.kubesim.simulator.selector.UpstreamMessages.NAME_PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.kubesim.admission.status.FieldError;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's LabelSelectorAsSelector and ValidateLabelSelector on metav1.LabelSelector JSON. */
class MetaLabelSelectorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static Stream<Arguments> conversions() {
    return Stream.of(
        arguments("match labels become equality terms", "{\"matchLabels\":{\"app\":\"web\"}}",
            "app=web"),
        arguments("every operator converts", "{\"matchLabels\":{\"b\":\"1\",\"a\":\"2\"},"
            + "\"matchExpressions\":["
            + "{\"key\":\"tier\",\"operator\":\"In\",\"values\":[\"fe\",\"be\"]},"
            + "{\"key\":\"env\",\"operator\":\"NotIn\",\"values\":[\"prod\"]},"
            + "{\"key\":\"x\",\"operator\":\"Exists\"},"
            + "{\"key\":\"y\",\"operator\":\"DoesNotExist\",\"values\":[]}]}",
            "a=2,b=1,env notin (prod),tier in (be,fe),x,!y"),
        arguments("an empty selector selects everything", "{}", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void convertsLikeLabelSelectorAsSelector(String behaviour, String selector, String rendered) {
    LabelSelector converted = MetaLabelSelector.toSelector(json(selector));
    assertThat(converted.toString()).isEqualTo(rendered);
    assertThat(converted.matches(Map.of())).isEqualTo(rendered.isEmpty());
  }

  @Test
  void aMissingSelectorSelectsNothing() {
    assertThat(MetaLabelSelector.toSelector(MissingNode.getInstance()))
        .isEqualTo(LabelSelector.nothing());
    assertThat(MetaLabelSelector.toSelector(json("null"))).isEqualTo(LabelSelector.nothing());
    assertThat(MetaLabelSelector.toSelector(null).matches(Map.of("a", "b"))).isFalse();
  }

  static Stream<Arguments> conversionErrors() {
    return Stream.of(
        arguments("unknown operator", "{\"matchExpressions\":[{\"key\":\"x\",\"operator\":"
            + "\"Gt\",\"values\":[\"1\"]}]}", "\"Gt\" is not a valid label selector operator"),
        arguments("in without values", "{\"matchExpressions\":[{\"key\":\"x\",\"operator\":"
            + "\"In\"}]}", "values: Invalid value: []string(nil): for 'in', 'notin' operators,"
            + " values set can't be empty"),
        arguments("exists with values", "{\"matchExpressions\":[{\"key\":\"x\",\"operator\":"
            + "\"Exists\",\"values\":[\"a\"]}]}", "values: Invalid value: []string{\"a\"}:"
            + " values set must be empty for exists and does not exist"),
        arguments("invalid match label value", "{\"matchLabels\":{\"app\":\"a b\"}}",
            "values[0][app]: Invalid value: \"a b\": " + LABEL_VALUE),
        arguments("invalid match label key", "{\"matchLabels\":{\"-x\":\"a\"}}",
            "key: Invalid value: \"-x\": " + NAME_PART));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversionErrors")
  void rejectsUnconvertibleSelectors(String behaviour, String selector, String message) {
    assertThatThrownBy(() -> MetaLabelSelector.toSelector(json(selector)))
        .isInstanceOf(InvalidSelectorException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> validations() {
    String expression = "{\"matchExpressions\":[%s]}";
    return Stream.of(
        arguments("a valid selector", "{\"matchLabels\":{\"app\":\"web\"},\"matchExpressions\":"
            + "[{\"key\":\"k\",\"operator\":\"In\",\"values\":[\"v\"]}]}", false, List.of()),
        arguments("in without values", expression.formatted(
            "{\"key\":\"k\",\"operator\":\"In\"}"), false,
            List.of("spec.selector.matchExpressions[0].values: Required value: must be specified"
                + " when `operator` is 'In' or 'NotIn'")),
        arguments("exists with values", expression.formatted(
            "{\"key\":\"k\",\"operator\":\"Exists\",\"values\":[\"v\"]}"), false,
            List.of("spec.selector.matchExpressions[0].values: Forbidden: may not be specified"
                + " when `operator` is 'Exists' or 'DoesNotExist'")),
        arguments("unknown operator and bad key", expression.formatted(
            "{\"key\":\"k\",\"operator\":\"In\",\"values\":[\"v\"]},"
                + "{\"key\":\"-x\",\"operator\":\"Foo\"}"), false,
            List.of("spec.selector.matchExpressions[1].operator: Invalid value: \"Foo\": not a"
                    + " valid selector operator",
                "spec.selector.matchExpressions[1].key: Invalid value: \"-x\": " + NAME_PART)),
        arguments("invalid expression value", expression.formatted(
            "{\"key\":\"k\",\"operator\":\"NotIn\",\"values\":[\"ok\",\"a b\"]}"), false,
            List.of("spec.selector.matchExpressions[0].values[1]: Invalid value: \"a b\": "
                + LABEL_VALUE)),
        arguments("invalid expression value allowed on request", expression.formatted(
            "{\"key\":\"k\",\"operator\":\"NotIn\",\"values\":[\"a b\"]}"), true, List.of()),
        arguments("invalid match labels", "{\"matchLabels\":{\"-x\":\"a b\"}}", true,
            List.of("spec.selector.matchLabels: Invalid value: \"-x\": " + NAME_PART,
                "spec.selector.matchLabels: Invalid value: \"a b\": " + LABEL_VALUE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validations")
  void validatesLikeValidateLabelSelector(String behaviour, String selector,
      boolean allowInvalidValues, List<String> errors) {
    assertThat(MetaLabelSelector.validate(json(selector), "spec.selector", allowInvalidValues))
        .map(FieldError::toString)
        .containsExactlyElementsOf(errors);
  }
}
