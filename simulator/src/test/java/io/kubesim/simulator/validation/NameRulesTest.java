package io.kubesim.simulator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Name syntax checks give upstream's messages, and nothing for valid names. */
class NameRulesTest {

  private static final String SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of "
      + "lower case alphanumeric characters, '-' or '.', and must start and end with an "
      + "alphanumeric character (e.g. 'example.com', regex used for validation is "
      + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  private static final String LABEL_VALUE_MSG = "a valid label must be an empty string or consist"
      + " of alphanumeric characters, '-', '_' or '.', and must start and end with an "
      + "alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
      + "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

  static Stream<Arguments> cases() {
    Function<String, List<String>> subdomain = NameRules::dns1123Subdomain;
    Function<String, List<String>> label = NameRules::dns1123Label;
    Function<String, List<String>> dns1035 = NameRules::dns1035Label;
    Function<String, List<String>> qualified = NameRules::qualifiedName;
    Function<String, List<String>> labelValue = NameRules::labelValue;
    Function<String, List<String>> segment = NameRules::pathSegment;
    return Stream.of(
        Arguments.of("subdomain accepts dotted names", subdomain, "web.example.com", List.of()),
        Arguments.of("subdomain rejects upper case", subdomain, "Bad_Name",
            List.of(SUBDOMAIN_MSG)),
        Arguments.of("subdomain rejects 254 characters", subdomain, "a".repeat(254),
            List.of("must be no more than 253 characters")),
        Arguments.of("label rejects dots", label, "a.b", List.of("a lowercase RFC 1123 label "
            + "must consist of lower case alphanumeric characters or '-', and must start and end"
            + " with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
            + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")),
        Arguments.of("DNS-1035 rejects a leading digit", dns1035, "1abc", List.of("a DNS-1035 "
            + "label must consist of lower case alphanumeric characters or '-', start with an "
            + "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  "
            + "or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")),
        Arguments.of("qualified name accepts a prefix", qualified, "app.kubernetes.io/name",
            List.of()),
        Arguments.of("qualified name rejects an empty prefix", qualified, "/name",
            List.of("prefix part must be non-empty")),
        Arguments.of("label value accepts empty", labelValue, "", List.of()),
        Arguments.of("label value rejects spaces", labelValue, "bad value",
            List.of(LABEL_VALUE_MSG)),
        Arguments.of("path segment rejects dot-dot", segment, "..", List.of("may not be '..'")),
        Arguments.of("path segment rejects slash", segment, "a/b",
            List.of("may not contain '/'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checksNamesLikeUpstream(String name, Function<String, List<String>> rule, String value,
      List<String> expected) {
    assertThat(rule.apply(value)).containsExactlyElementsOf(expected);
  }
}
