package io.kubesim.simulator.api.discovery;

import static io.kubesim.simulator.api.discovery.JsonTrees.compact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ReleaseFacts;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code GET /version} and {@code GET /} against wire-protocol.md §3 and §4.3. */
class VersionAndRootPathsTest {

  private static final DiscoveryDocuments DOCUMENTS =
      DiscoveryDocuments.create(
          BuiltInResourceRegistry.kubernetes133(), ReleaseFacts.kubernetes133());

  @Test
  void versionIsTheSpecsV1331DocumentInItsFieldOrder() {
    assertThat(compact(DOCUMENTS.version()))
        .isEqualTo(
            compact(
                """
                {
                  "major": "1",
                  "minor": "33",
                  "emulationMajor": "1",
                  "emulationMinor": "33",
                  "minCompatibilityMajor": "1",
                  "minCompatibilityMinor": "32",
                  "gitVersion": "v1.33.1",
                  "gitCommit": "8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828",
                  "gitTreeState": "clean",
                  "buildDate": "2025-05-15T08:19:08Z",
                  "goVersion": "go1.24.2",
                  "compiler": "gc",
                  "platform": "linux/amd64"
                }\
                """));
  }

  static Stream<String> specRootPaths() {
    return Stream.of(
        "/api",
        "/api/v1",
        "/apis",
        "/apis/apps",
        "/apis/apps/v1",
        "/healthz",
        "/livez",
        "/openapi/v2",
        "/openapi/v3",
        "/readyz",
        "/version");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specRootPaths")
  void rootPathsIncludeEveryPathOfTheSpecsExample(String path) {
    assertThat(paths()).contains(path);
  }

  @Test
  void rootPathsAreSortedAndNameEveryServedGroupVersion() {
    assertThat(paths())
        .isSorted()
        .doesNotHaveDuplicates()
        .contains("/apis/autoscaling", "/apis/autoscaling/v1", "/apis/autoscaling/v2")
        .doesNotContain("/apis/resource.k8s.io", "/apis/extensions/v1beta1")
        // /api, /api/v1, /apis; 19 groups; 20 named group-versions; 6 non-API paths
        .hasSize(3 + 19 + 20 + 6);
  }

  private static List<String> paths() {
    return StreamSupport.stream(DOCUMENTS.rootPaths().get("paths").spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
