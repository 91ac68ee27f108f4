package io.kubesim.simulator.selector;

import static io.kubesim.simulator.selector.UpstreamMessages.LABEL_VALUE;
import static io.kubesim.simulator.selector.UpstreamMessages.NAME_PART;
import static io.kubesim.simulator.selector.UpstreamMessages.PREFIX_PART;
import static io.kubesim.simulator.selector.UpstreamMessages.QUALIFIED_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mirrors upstream's TestSelectorParse, TestSetSelectorParser and TestDeterministicParse. */
class LabelSelectorParseTest {

  static Stream<Arguments> validSelectors() {
    return Stream.of(
        arguments("equality terms keep their order", "x=a,y=b,z=c", "x=a,y=b,z=c"),
        arguments("empty selects everything", "", ""),
        arguments("blank selects everything", "  \t", ""),
        arguments("not-equals", "x!=a,y=b", "x!=a,y=b"),
        arguments("empty value", "x=", "x="),
        arguments("empty value before a blank", "x= ", "x="),
        arguments("two empty values", "x=,z= ", "x=,z="),
        arguments("double equals", "x==a", "x==a"),
        arguments("spaces around an operator", "x != a", "x!=a"),
        arguments("does not exist", "!x", "!x"),
        arguments("greater than", "x>1", "x>1"),
        arguments("greater and less than", "x>1,z<5", "x>1,z<5"),
        arguments("terms sorted by key", "x=a,a=x", "a=x,x=a"),
        arguments("leading carriage return", "\rx", "x"),
        arguments("prefixed key exists", "this-is-a-dns.domain.com/key-with-dash",
            "this-is-a-dns.domain.com/key-with-dash"),
        arguments("prefixed key in a set",
            "this-is-another-dns.domain.com/key-with-dash in (so,what)",
            "this-is-another-dns.domain.com/key-with-dash in (so,what)"),
        arguments("numeric prefix and dotted values",
            "0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)",
            "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)"),
        arguments("tabs and spaces around in", "foo  in\t (abc)", "foo in (abc)"),
        arguments("newline after notin", "x notin\n (abc)", "x notin (abc)"),
        arguments("tabs after notin", "x  notin\t\t\t(abc,def)", "x notin (abc,def)"),
        arguments("trailing comma adds the empty value", "x in (abc,)", "x in (,abc)"),
        arguments("empty parentheses hold the empty value", "x in ()", "x in ()"),
        arguments("blank parentheses hold the empty value", "x notin ( )", "x notin ()"),
        arguments("leading comma adds the empty value", "x notin (, a)", "x notin (,a)"),
        arguments("double comma adds the empty value", "x in (a,,b)", "x in (,a,b)"),
        arguments("mixed set and exists terms", "x notin (abc,def),bar,z in (),w",
            "bar,w,x notin (abc,def),z in ()"),
        arguments("exists before a set", "x,y in (a)", "x,y in (a)"),
        arguments("trailing blank after a key", "a ", "a"),
        arguments("keywords are values inside a set", "a in (x,y,notin, z,in)",
            "a in (in,notin,x,y,z)"),
        arguments("keywords are keys and values in equality", "in=notin", "in=notin"),
        arguments("duplicate set values collapse", "x in (b,a,b)", "x in (a,b)"),
        arguments("kubectl's form-decoded selector", "app in (demo,x),!foo",
            "app in (demo,x),!foo"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSelectors")
  void parsesAndRendersLikeUpstream(String behaviour, String selector, String rendered) {
    assertThat(LabelSelector.parse(selector).toString()).isEqualTo(rendered);
  }

  static Stream<Arguments> invalidSelectors() {
    String tooLong = "a".repeat(64);
    String tooLongValue = "-".repeat(64);
    return Stream.of(
        arguments("pipes make an invalid value", "x=a||y=b",
            "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + LABEL_VALUE),
        arguments("a second operator after a value", "x==a==b",
            "found '==', expected: ',' or 'end of string'"),
        arguments("does-not-exist takes no value", "!x=a",
            "found '=', expected: ',' or 'end of string'"),
        arguments("less than a word", "x<a", "unable to parse requirement: values[0]: Invalid"
            + " value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer"),
        arguments("negative bound is not a label value", "x>-1",
            "unable to parse requirement: values[0][x]: Invalid value: \"-1\": " + LABEL_VALUE),
        arguments("greater than nothing", "x>", "unable to parse requirement: values[0]: Invalid"
            + " value: \"\": for 'Gt', 'Lt' operators, the value must be an integer"),
        arguments("double comma between terms", "x,,y",
            "found ',', expected: identifier after ','"),
        arguments("leading comma", ",x,y",
            "found ',', expected: !, identifier, or 'end of string'"),
        arguments("misspelt operator", "x nott in (y)", "unable to parse requirement: found"
            + " 'nott', expected: in, notin, =, ==, !=, gt, lt"),
        arguments("trailing comma", "a in (xyz),", "found '', expected: identifier after ','"),
        arguments("no comma after a set", "a in (xyz)b notin ()",
            "found 'b', expected: ',' or 'end of string'"),
        arguments("no comma inside a set", "a in (xyz abc)",
            "unable to parse requirement: found 'abc', expected: ',' or ')'"),
        arguments("unclosed set", "a notin(",
            "unable to parse requirement: found '', expected: ',', ')' or identifier"),
        arguments("unclosed list", "a in (b",
            "unable to parse requirement: found '', expected: ',' or ')'"),
        arguments("parenthesis instead of an operator", "a (", "unable to parse requirement:"
            + " found '(', expected: in, notin, =, ==, !=, gt, lt"),
        arguments("lone parenthesis", "(",
            "found '(', expected: !, identifier, or 'end of string'"),
        arguments("set without parentheses", "x in a",
            "unable to parse requirement: found 'a' expected: '('"),
        arguments("operator inside a set", "x in (a,=)",
            "unable to parse requirement: found '=', expected: ',', or identifier"),
        arguments("parenthesis as an exact value", "x=(",
            "unable to parse requirement: found '(', expected: identifier"),
        arguments("lone exclamation mark", "!",
            "unable to parse requirement: found '', expected: identifier"),
        arguments("colon in a key (captured from a real server)", "app:monolith",
            "unable to parse requirement: <nil>: Invalid value: \"app:monolith\": " + NAME_PART),
        arguments("underscore in a key prefix (captured from a real server)",
            "app.kubernetes_io/name=vault", "unable to parse requirement: <nil>: Invalid value:"
                + " \"app.kubernetes_io/name\": " + PREFIX_PART),
        arguments("two slashes in a key", "a/b/c ?=? def",
            "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": " + QUALIFIED_NAME),
        arguments("empty key prefix", "/a", "unable to parse requirement: <nil>: Invalid value:"
            + " \"/a\": prefix part must be non-empty"),
        arguments("key name over 63 characters", tooLong, "unable to parse requirement: <nil>:"
            + " Invalid value: \"" + tooLong + "\": name part must be no more than 63 characters"),
        arguments("two invalid values aggregate", "x in (a_,b_)",
            "unable to parse requirement: [values[0][x]: Invalid value: \"a_\": " + LABEL_VALUE
                + ", values[1][x]: Invalid value: \"b_\": " + LABEL_VALUE + "]"),
        arguments("long invalid value joins both reasons", "x=" + tooLongValue,
            "unable to parse requirement: values[0][x]: Invalid value: \"" + tooLongValue
                + "\": must be no more than 63 characters; " + LABEL_VALUE),
        arguments("NUL ends a token as it does upstream", "x\u0000y", "unable to parse"
            + " requirement: found 'y', expected: in, notin, =, ==, !=, gt, lt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSelectors")
  void rejectsWithUpstreamMessage(String behaviour, String selector, String message) {
    assertThatThrownBy(() -> LabelSelector.parse(selector))
        .isInstanceOf(InvalidSelectorException.class)
        .hasMessage(message);
  }
}
