package io.kubesim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The query string the request journal shows: client-go's own encoding of the parameters. */
class QueryParamsTest {

  static Stream<Arguments> queries() {
    Map<String, List<String>> reflector = new LinkedHashMap<>();
    reflector.put("watch", List.of("true"));
    reflector.put("fieldSelector", List.of("metadata.name=fin"));
    reflector.put("resourceVersion", List.of("12"));
    reflector.put("allowWatchBookmarks", List.of("true"));
    return Stream.of(
        Arguments.of("no parameters encode to nothing", Map.of(), ""),
        Arguments.of("names are sorted and '=' in a value is escaped, as a reflector's watch",
            reflector,
            "allowWatchBookmarks=true&fieldSelector=metadata.name%3Dfin&resourceVersion=12"
                + "&watch=true"),
        Arguments.of("repeated values keep their order", Map.of("dryRun", List.of("All", "x")),
            "dryRun=All&dryRun=x"),
        Arguments.of("set-based selectors escape spaces, parentheses and commas",
            Map.of("labelSelector", List.of("app in (a,b),!tier")),
            "labelSelector=app+in+%28a%2Cb%29%2C%21tier"),
        Arguments.of("unreserved characters stay, UTF-8 is percent-encoded",
            Map.of("x", List.of("a-b_c.d~é/")), "x=a-b_c.d~%C3%A9%2F"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void encodesLikeGo(String behaviour, Map<String, List<String>> values, String expected) {
    assertThat(new QueryParams(values).encoded()).isEqualTo(expected);
  }
}
