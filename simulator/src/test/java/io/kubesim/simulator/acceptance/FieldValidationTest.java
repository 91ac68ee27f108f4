package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fieldValidation} Warn (also the default) and Ignore: unknown fields are dropped and the
 * object is stored; Warn adds one {@code Warning: 299 - "..."} header per unknown field.
 */
class FieldValidationTest {

  private static final String DEPLOYMENTS = "/apis/apps/v1/namespaces/default/deployments";

  private static KubeSimulator sim;
  private static RawApi api;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    api = RawApi.of(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static Stream<Arguments> directives() {
    return Stream.of(
        Arguments.of("no fieldValidation warns (the default)", "", List.of(
            "299 - \"unknown field \\\"spec.template.spec.containers[0].y\\\"\"",
            "299 - \"unknown field \\\"spec.x\\\"\"")),
        Arguments.of("fieldValidation=Warn warns", "?fieldValidation=Warn", List.of(
            "299 - \"unknown field \\\"spec.template.spec.containers[0].y\\\"\"",
            "299 - \"unknown field \\\"spec.x\\\"\"")),
        Arguments.of("fieldValidation=Ignore is silent", "?fieldValidation=Ignore", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directives")
  void unknownFieldsAreDroppedAndWarnedAbout(String name, String query, List<String> warnings) {
    String object = "d" + Math.abs(name.hashCode());

    RawResponse response = api.post(DEPLOYMENTS + query, "{\"apiVersion\":\"apps/v1\","
        + "\"kind\":\"Deployment\",\"metadata\":{\"name\":\"" + object + "\"},\"spec\":{"
        + "\"x\":1,\"selector\":{\"matchLabels\":{\"app\":\"w\"}},\"template\":{\"metadata\":"
        + "{\"labels\":{\"app\":\"w\"}},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":"
        + "\"nginx\",\"y\":true}]}}}}");

    assertThat(response.code()).isEqualTo(201);
    assertThat(response.header("Warning")).containsExactlyInAnyOrderElementsOf(warnings);
    JsonNode stored = api.get(DEPLOYMENTS + "/" + object).json();
    assertThat(stored.path("spec").has("x")).isFalse();
    assertThat(stored.path("spec").path("template").path("spec").path("containers").get(0)
        .has("y")).isFalse();
  }
}
