package io.kubesim.simulator.selector;

import static io.kubesim.simulator.selector.UpstreamMessages.LABEL_VALUE;
import static io.kubesim.simulator.selector.UpstreamMessages.NAME_PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mirrors upstream's TestRequirementConstructor and TestToString. */
class RequirementTest {

  static Stream<Arguments> validRequirements() {
    return Stream.of(
        arguments("x", Operator.IN, List.of("foo")),
        arguments("x", Operator.NOT_IN, List.of("foo")),
        arguments("x", Operator.EXISTS, List.of()),
        arguments("x", Operator.DOES_NOT_EXIST, null),
        arguments("1foo", Operator.IN, List.of("bar")),
        arguments("1234", Operator.IN, List.of("bar")),
        arguments("y", Operator.GREATER_THAN, List.of("1")),
        arguments("z", Operator.LESS_THAN, List.of("6")),
        arguments("example.com/key", Operator.EQUALS, List.of("")));
  }

  @ParameterizedTest(name = "{0} {1} {2} is valid")
  @MethodSource("validRequirements")
  void acceptsValidRequirements(String key, Operator operator, List<String> values) {
    assertThat(Requirement.of(key, operator, values).key()).isEqualTo(key);
  }

  static Stream<Arguments> invalidRequirements() {
    String longKey = "a".repeat(254);
    return Stream.of(
        arguments("in needs values", "x1", Operator.IN, List.of(),
            "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be"
                + " empty"),
        arguments("a nil slice prints as nil", "x2", Operator.NOT_IN, null,
            "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't"
                + " be empty"),
        arguments("equals takes one value", "x5", Operator.EQUALS, List.of("bar", "foo"),
            "values: Invalid value: []string{\"bar\", \"foo\"}: exact-match compatibility"
                + " requires one single value"),
        arguments("exists takes no value", "x8", Operator.EXISTS, List.of("foo"),
            "values: Invalid value: []string{\"foo\"}: values set must be empty for exists and"
                + " does not exist"),
        arguments("gt takes one value", "x13", Operator.GREATER_THAN, List.of(),
            "values: Invalid value: []string{}: for 'Gt', 'Lt' operators, exactly one value is"
                + " required"),
        arguments("gt takes an integer", "x14", Operator.GREATER_THAN, List.of("bar"),
            "values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an"
                + " integer"),
        arguments("lt takes an integer", "x15", Operator.LESS_THAN, List.of("bar"),
            "values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an"
                + " integer"),
        arguments("keys longer than 63 fail", longKey, Operator.EXISTS, List.of(),
            "key: Invalid value: \"" + longKey + "\": name part must be no more than 63"
                + " characters"),
        arguments("values are label values", "x16", Operator.EQUALS, List.of("a b"),
            "values[0][x16]: Invalid value: \"a b\": " + LABEL_VALUE),
        arguments("key and values errors aggregate", "-x", Operator.IN, List.of(),
            "[key: Invalid value: \"-x\": " + NAME_PART + ", values: Invalid value: []string{}:"
                + " for 'in', 'notin' operators, values set can't be empty]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequirements")
  void rejectsWithUpstreamFieldErrors(String behaviour, String key, Operator operator,
      List<String> values, String message) {
    assertThatThrownBy(() -> Requirement.of(key, operator, values))
        .isInstanceOf(InvalidSelectorException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> renderings() {
    return Stream.of(
        arguments(List.of(
            Requirement.of("x", Operator.IN, List.of("def", "abc")),
            Requirement.of("y", Operator.NOT_IN, List.of("jkl")),
            Requirement.of("z", Operator.EXISTS, List.of())),
            "x in (abc,def),y notin (jkl),z"),
        arguments(List.of(
            Requirement.of("x", Operator.NOT_IN, List.of("abc", "def")),
            Requirement.of("y", Operator.NOT_EQUALS, List.of("jkl")),
            Requirement.of("z", Operator.DOES_NOT_EXIST, List.of())),
            "x notin (abc,def),y!=jkl,!z"),
        arguments(List.of(
            Requirement.of("x", Operator.NOT_IN, List.of("abc")),
            Requirement.of("y", Operator.IN, List.of("jkl", "mno")),
            Requirement.of("z", Operator.NOT_IN, List.of(""))),
            "x notin (abc),y in (jkl,mno),z notin ()"),
        arguments(List.of(
            Requirement.of("x", Operator.EQUALS, List.of("abc")),
            Requirement.of("y", Operator.DOUBLE_EQUALS, List.of("jkl")),
            Requirement.of("z", Operator.NOT_EQUALS, List.of("a")),
            Requirement.of("z", Operator.EXISTS, List.of())),
            "x=abc,y==jkl,z!=a,z"),
        arguments(List.of(
            Requirement.of("z", Operator.EXISTS, List.of()),
            Requirement.of("y", Operator.LESS_THAN, List.of("8")),
            Requirement.of("x", Operator.GREATER_THAN, List.of("2"))),
            "x>2,y<8,z"));
  }

  @ParameterizedTest(name = "renders {1}")
  @MethodSource("renderings")
  void rendersSelectorsLikeUpstream(List<Requirement> requirements, String rendered) {
    assertThat(LabelSelector.of(requirements).toString()).isEqualTo(rendered);
  }
}
