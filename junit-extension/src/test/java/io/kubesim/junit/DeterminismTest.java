package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A pinned clock and seeded ids make server output reproducible: every test (each starts from a
 * reset cluster) gets the object recorded in the golden file. Only {@code resourceVersion} is
 * left out: like etcd's revision it carries on across resets, so that a watch left over from an
 * earlier test can never take new objects for old ones.
 */
@KubeSimulatorTest(fixedClock = "2025-01-01T00:00:00Z", seed = 42,
    manifests = "determinism/team-namespace.yaml")
class DeterminismTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static HasMetadata createSettings(KubernetesClient client) {
    return client.configMaps().inNamespace("team-a").resource(new ConfigMapBuilder()
        .withNewMetadata().withGenerateName("settings-").endMetadata()
        .addToData("mode", "strict").build()).create();
  }

  @RepeatedTest(3)
  void everyTestGetsTheGoldenObject(KubernetesClient client) throws IOException {
    HasMetadata created = createSettings(client);

    ObjectNode actual = (ObjectNode) JSON.readTree(
        client.getKubernetesSerialization().asJson(created));
    assertThat(((ObjectNode) actual.get("metadata")).remove("resourceVersion").asLong())
        .isPositive();
    assertThat(actual).as("server output; golden file golden/settings-configmap.json")
        .isEqualTo(golden("golden/settings-configmap.json"));
  }

  @Test
  void advancingTheClockMovesOnlyTheTimestamps(KubernetesClient client, MutableClock clock) {
    clock.advance(Duration.ofHours(1));

    HasMetadata created = createSettings(client);

    assertThat(created.getMetadata().getCreationTimestamp()).isEqualTo("2025-01-01T01:00:00Z");
    assertThat(created.getMetadata().getName()).as("ids are still seeded")
        .isEqualTo(golden("golden/settings-configmap.json").path("metadata").path("name")
            .asText());
  }

  private static JsonNode golden(String resource) {
    try (InputStream in = DeterminismTest.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("golden file " + resource + " is missing or unreadable", e);
    }
  }
}
