package io.kubesim.simulator.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mirrors upstream's fields/selector_test.go: TestSplitTerms, TestSplitTerm, TestEscapeValue,
 * TestSelectorParse, TestDeterministicParse and TestSelectorMatches.
 */
class FieldSelectorTest {

  static Stream<Arguments> termSplits() {
    return Stream.of(
        arguments("a", List.of("a")),
        arguments("a=avalue", List.of("a=avalue")),
        arguments("a=avalue,b=bvalue", List.of("a=avalue", "b=bvalue")),
        arguments("a=avalue,b==bvalue,c!=cvalue", List.of("a=avalue", "b==bvalue", "c!=cvalue")),
        arguments("", List.of()),
        arguments("a=a,", List.of("a=a", "")),
        arguments(",a=a", List.of("", "a=a")),
        arguments("k=\\,,k2=v2", List.of("k=\\,", "k2=v2")),
        arguments("k=\\\\,k2=v2", List.of("k=\\\\", "k2=v2")),
        arguments("k=\\\\\\,,k2=v2", List.of("k=\\\\\\,", "k2=v2")),
        arguments("k=\\a\\b\\", List.of("k=\\a\\b\\")),
        arguments("k=\\", List.of("k=\\")),
        arguments("함=수,목=록", List.of("함=수", "목=록")));
  }

  @ParameterizedTest(name = "\"{0}\" splits into {1}")
  @MethodSource("termSplits")
  void splitsTermsOnUnescapedCommas(String selector, List<String> terms) {
    assertThat(FieldSelectorSyntax.splitTerms(selector)).isEqualTo(terms);
  }

  static Stream<Arguments> termParts() {
    return Stream.of(
        arguments("a=value", List.of("a", "=", "value")),
        arguments("b==value", List.of("b", "==", "value")),
        arguments("c!=value", List.of("c", "!=", "value")),
        arguments("", null),
        arguments("a", null),
        arguments("k=\\,", List.of("k", "=", "\\,")),
        arguments("k=\\=", List.of("k", "=", "\\=")),
        arguments("k=\\\\\\a\\b\\=\\,\\", List.of("k", "=", "\\\\\\a\\b\\=\\,\\")),
        arguments("a=!b", List.of("a", "=", "!b")),
        arguments("함=수", List.of("함", "=", "수")));
  }

  @ParameterizedTest(name = "\"{0}\" splits into {1}")
  @MethodSource("termParts")
  void splitsATermAtItsFirstOperator(String term, List<String> parts) {
    String[] split = FieldSelectorSyntax.splitTerm(term);
    assertThat(split == null ? null : Arrays.asList(split)).isEqualTo(parts);
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        arguments("", ""),
        arguments("a", "a"),
        arguments("=", "\\="),
        arguments(",", "\\,"),
        arguments("\\", "\\\\"),
        arguments("\\=\\,\\", "\\\\\\=\\\\\\,\\\\"));
  }

  @ParameterizedTest(name = "\"{0}\" escapes to \"{1}\" and back")
  @MethodSource("escapes")
  void escapesAndUnescapesValues(String literal, String escaped) {
    assertThat(FieldSelectorSyntax.escape(literal)).isEqualTo(escaped);
    assertThat(FieldSelectorSyntax.unescape(escaped)).isEqualTo(literal);
  }

  static Stream<Arguments> validSelectors() {
    return Stream.of(
        arguments("x=a,y=b,z=c", "x=a,y=b,z=c"),
        arguments("", ""),
        arguments("x!=a,y=b", "x!=a,y=b"),
        arguments("x=a||y\\=b", "x=a||y\\=b"),
        arguments("x=a\\=\\=b", "x=a\\=\\=b"),
        arguments("x=a,a=x", "a=x,x=a"),
        arguments("x==a", "x=a"),
        arguments("a=x,,", "a=x"),
        arguments("k=\\,,k2=v2", "k2=v2,k=\\,"),
        arguments("metadata.name=", "metadata.name="));
  }

  @ParameterizedTest(name = "\"{0}\" renders as \"{1}\"")
  @MethodSource("validSelectors")
  void parsesAndRendersLikeUpstream(String selector, String rendered) {
    assertThat(FieldSelector.parse(selector).toString()).isEqualTo(rendered);
  }

  static Stream<Arguments> invalidSelectors() {
    return Stream.of(
        arguments("x=a||y=b", "invalid field selector: unescaped character in value: 61"),
        arguments("x==a==b", "invalid field selector: unescaped character in value: 61"),
        arguments("x=a,b", "invalid selector: 'x=a,b'; can't understand 'b'"),
        arguments("x in (a)", "invalid selector: 'x in (a)'; can't understand 'x in (a)'"),
        arguments("x in (a,b,c)", "invalid selector: 'x in (a,b,c)'; can't understand 'b'"),
        arguments("x", "invalid selector: 'x'; can't understand 'x'"),
        arguments("z=a=b,a", "invalid selector: 'z=a=b,a'; can't understand 'a'"),
        arguments("k=a\\x", "invalid field selector: invalid escape sequence: \\x"),
        arguments("k=a\\", "invalid field selector: invalid escape sequence: \\"),
        arguments("k=\\\\\\", "invalid field selector: invalid escape sequence: \\"),
        arguments("metadata.name!==x", "invalid field selector: unescaped character in value: 61"));
  }

  @ParameterizedTest(name = "\"{0}\" fails with \"{1}\"")
  @MethodSource("invalidSelectors")
  void rejectsWithUpstreamMessage(String selector, String message) {
    assertThatThrownBy(() -> FieldSelector.parse(selector))
        .isInstanceOf(InvalidSelectorException.class)
        .hasMessage(message);
  }

  private static final Map<String, String> FIELDS =
      Map.of("foo", "bar", "baz", "blah", "complex", "=value\\,\\");

  static Stream<Arguments> truthTable() {
    return Stream.of(
        arguments("", Map.of("x", "y"), true),
        arguments("x=y", Map.of("x", "y"), true),
        arguments("x=y,z=w", Map.of("x", "y", "z", "w"), true),
        arguments("x!=y,z!=w", Map.of("x", "z", "z", "a"), true),
        arguments("notin=in", Map.of("notin", "in"), true),
        arguments("x=y", Map.of("x", "z"), false),
        arguments("x=y,z=w", Map.of("x", "w", "z", "w"), false),
        arguments("x!=y,z!=w", Map.of("x", "z", "z", "w"), false),
        arguments("foo=bar", FIELDS, true),
        arguments("baz=blah", FIELDS, true),
        arguments("foo=bar,baz=blah", FIELDS, true),
        arguments("foo=bar,baz=blah,complex=\\=value\\\\\\,\\\\", FIELDS, true),
        arguments("foo=blah", FIELDS, false),
        arguments("baz=bar", FIELDS, false),
        arguments("foo=bar,foobar=bar,baz=blah", FIELDS, false),
        arguments("missing=", Map.of(), true),
        arguments("missing!=", Map.of(), false));
  }

  @ParameterizedTest(name = "\"{0}\" on {1} is {2}")
  @MethodSource("truthTable")
  void matchesLikeUpstream(String selector, Map<String, String> fields, boolean expected) {
    assertThat(FieldSelector.parse(selector).matches(fields)).isEqualTo(expected);
  }

  static Stream<Arguments> exactMatches() {
    return Stream.of(
        arguments("metadata.name=web", "web"),
        arguments("metadata.name==web,status.phase=Running", "web"),
        arguments("metadata.name=", ""),
        arguments("metadata.name!=web", null),
        arguments("status.phase=Running", null));
  }

  @ParameterizedTest(name = "\"{0}\" pins metadata.name to {1}")
  @MethodSource("exactMatches")
  void reportsTheValueAFieldIsPinnedTo(String selector, String name) {
    assertThat(FieldSelector.parse(selector).requiresExactMatch("metadata.name").orElse(null))
        .isEqualTo(name);
  }
}
