package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture test classes on a Jupiter engine of their own, the way a build would. */
final class EngineRuns {

  private EngineRuns() {}

  static EngineExecutionResults run(Class<?>... classes) {
    return run(Map.of(), classes);
  }

  static EngineExecutionResults run(Map<String, String> configuration, Class<?>... classes) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(configuration)
        .selectors(Stream.of(classes).map(c -> selectClass(c)).toArray(ClassSelector[]::new))
        .execute();
  }

  /** Parallel execution as a build enables it: classes and methods concurrent by default. */
  static Map<String, String> parallel() {
    return Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
  }

  /** Asserts that {@code expected} tests ran and all passed, printing every failure if not. */
  static void assertAllPassed(EngineExecutionResults results, int expected) {
    String failures = results.allEvents().failed().stream().map(EngineRuns::describe)
        .collect(Collectors.joining("\n"));
    assertThat(failures).as("failures").isEmpty();
    assertThat(results.testEvents().succeeded().count()).as("tests passed").isEqualTo(expected);
  }

  static String describe(Event event) {
    StringWriter out = new StringWriter();
    out.append(event.getTestDescriptor().getDisplayName()).append(": ");
    event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(r -> r.getThrowable())
        .ifPresent(t -> t.printStackTrace(new PrintWriter(out)));
    return out.toString();
  }
}
