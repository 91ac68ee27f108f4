package io.kubesim.simulator.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mirrors upstream's TestSelectorMatches and TestRequirementSelectorMatching. */
class LabelSelectorMatchTest {

  private static final Map<String, String> FOO_BAZ = Map.of("foo", "bar", "baz", "blah");

  static Stream<Arguments> truthTable() {
    return Stream.of(
        arguments("", Map.of("x", "y"), true),
        arguments("x=y", Map.of("x", "y"), true),
        arguments("x=y,z=w", Map.of("x", "y", "z", "w"), true),
        arguments("x!=y,z!=w", Map.of("x", "z", "z", "a"), true),
        arguments("notin=in", Map.of("notin", "in"), true),
        arguments("x", Map.of("x", "z"), true),
        arguments("!x", Map.of("y", "z"), true),
        arguments("x>1", Map.of("x", "2"), true),
        arguments("x<1", Map.of("x", "0"), true),
        arguments("x=z", Map.of(), false),
        arguments("x=y", Map.of("x", "z"), false),
        arguments("x=y,z=w", Map.of("x", "w", "z", "w"), false),
        arguments("x!=y,z!=w", Map.of("x", "z", "z", "w"), false),
        arguments("x", Map.of("y", "z"), false),
        arguments("!x", Map.of("x", "z"), false),
        arguments("x>1", Map.of("x", "0"), false),
        arguments("x<1", Map.of("x", "2"), false),
        arguments("foo=bar", FOO_BAZ, true),
        arguments("baz=blah", FOO_BAZ, true),
        arguments("foo=bar,baz=blah", FOO_BAZ, true),
        arguments("foo=blah", FOO_BAZ, false),
        arguments("baz=bar", FOO_BAZ, false),
        arguments("foo=bar,foobar=bar,baz=blah", FOO_BAZ, false),
        arguments("x in (foo),y notin (alpha)", Map.of("x", "foo", "y", "baz"), true),
        arguments("x in (foo),y in (alpha)", Map.of("x", "foo", "y", "baz"), false),
        arguments("x notin (),y", Map.of("y", ""), true),
        arguments("!x,y", Map.of("y", ""), true),
        arguments("x notin (),!y", Map.of("y", ""), false),
        arguments("x in ()", Map.of("y", "baz"), false),
        arguments("x in ()", Map.of("x", ""), true),
        arguments("z>1", Map.of("z", "2"), true),
        arguments("z>1", Map.of("z", "v2"), false),
        arguments("x!=y", Map.of(), true),
        arguments("x notin (a)", Map.of(), true),
        arguments("x in (a,b)", Map.of("x", "b"), true),
        arguments("x>1", Map.of("x", "-3"), false),
        arguments("x<1", Map.of("x", "-3"), true),
        arguments("x<5", Map.of("x", "+3"), true),
        arguments("x>1", Map.of("x", "\u0662"), false),
        arguments("x<1", Map.of(), false));
  }

  @ParameterizedTest(name = "\"{0}\" on {1} is {2}")
  @MethodSource("truthTable")
  void matchesLikeUpstream(String selector, Map<String, String> labels, boolean expected) {
    assertThat(LabelSelector.parse(selector).matches(labels)).isEqualTo(expected);
  }

  static Stream<Arguments> objects() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode labelled = (ObjectNode) json.readTree(
        "{\"metadata\":{\"name\":\"a\",\"labels\":{\"app\":\"web\",\"tier\":\"fe\"}}}");
    ObjectNode bare = (ObjectNode) json.readTree("{\"metadata\":{\"name\":\"b\"}}");
    return Stream.of(
        arguments("app=web,tier in (fe,be)", labelled, true),
        arguments("app=db", labelled, false),
        arguments("!app", bare, true),
        arguments("app", bare, false),
        arguments("", bare, true));
  }

  @ParameterizedTest(name = "\"{0}\" on {1} is {2}")
  @MethodSource("objects")
  void matchesMetadataLabelsOfObjects(String selector, ObjectNode object, boolean expected) {
    assertThat(LabelSelector.parse(selector).matches(object)).isEqualTo(expected);
  }

  @Test
  void nothingMatchesNoObjectAndIsNotEmpty() {
    assertThat(LabelSelector.nothing().matches(Map.of())).isFalse();
    assertThat(LabelSelector.nothing().isEmpty()).isFalse();
    assertThat(LabelSelector.everything().isEmpty()).isTrue();
  }

  static Stream<Arguments> exactMatches() {
    return Stream.of(
        arguments("x=a", "a"),
        arguments("x==a", "a"),
        arguments("x in (a)", "a"),
        arguments("x in (a,b)", null),
        arguments("x!=a", null),
        arguments("y=a", null));
  }

  @ParameterizedTest(name = "\"{0}\" pins x to {1}")
  @MethodSource("exactMatches")
  void reportsTheValueAKeyIsPinnedTo(String selector, String value) {
    assertThat(LabelSelector.parse(selector).requiresExactMatch("x").orElse(null))
        .isEqualTo(value);
  }
}
