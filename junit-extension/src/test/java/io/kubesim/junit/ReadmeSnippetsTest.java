package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's JUnit examples are copies of tagged regions of real tests ({@code // tag::x[]}
 * to {@code // end::x[]}); this keeps the copies true.
 */
class ReadmeSnippetsTest {

  private static final Path TESTS = Path.of("src/test/java/io/kubesim/junit");

  static Stream<Arguments> snippets() {
    return Stream.of(
        arguments("examples/PullPolicyExampleTest.java", "policy"),
        arguments("examples/SiteOperatorExampleTest.java", "operator"),
        arguments("InProcessPluginTest.java", "register"));
  }

  @ParameterizedTest(name = "the README shows {1} exactly as {0} has it")
  @MethodSource("snippets")
  void theReadmeQuotesTheTestsVerbatim(String file, String tag) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(readme).contains("```java\n" + region(TESTS.resolve(file), tag) + "```");
  }

  private static String region(Path file, String tag) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int start = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + tag + "[]"))
        .findFirst().orElseThrow());
    int end = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// end::" + tag + "[]"))
        .findFirst().orElseThrow());
    List<String> body = lines.subList(start + 1, end);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    body.forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    return out.toString();
  }
}
