package io.kubesim.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.ProcessResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubectl apply --server-side} against the simulator: create, a conflict with the manager
 * of a {@code kubectl patch} (kubectl's message and hint), and {@code --force-conflicts}. Skipped
 * visibly when no kubectl is found (see {@link KubectlBinary}).
 */
class ApplyKubectlTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BAR = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: bar
        labels:
          app: demo
      data:
        key1: value1
      """;

  @TempDir
  static Path dir;
  private static final KubectlBinary KUBECTL = KubectlBinary.locate();
  private static KubeSimulator sim;
  private static Kubectl kubectl;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    kubectl = new Kubectl(KUBECTL.path(), dir, sim.writeKubeconfig(dir.resolve("config")));
    kubectl.file("bar.yaml", BAR);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void serverSideApplyCreatesConflictsAndForces() throws Exception {
    assumeTrue(KUBECTL.found(), KUBECTL.missing());

    ProcessResult created = run("apply", "--server-side", "-f", "bar.yaml");
    assertThat(created.stdout()).isEqualTo("configmap/bar serverside-applied\n");
    run("patch", "configmap", "bar", "-p", "{\"data\":{\"key1\":\"edited\"}}");

    ProcessResult conflict = run("apply", "--server-side", "-f", "bar.yaml");
    assertThat(conflict.exitCode()).isEqualTo(1);
    assertThat(conflict.stderr()).startsWith("error: Apply failed with 1 conflict: conflict with "
        + "\"kubectl-patch\" using v1: .data.key1\nPlease review the fields above--they "
        + "currently have other managers.");

    ProcessResult forced = run("apply", "--server-side", "--force-conflicts", "-f", "bar.yaml");
    assertThat(forced.stdout()).isEqualTo("configmap/bar serverside-applied\n");
    JsonNode object = JSON.readTree(run("get", "configmap", "bar", "-o", "json",
        "--show-managed-fields").stdout());
    assertThat(object.at("/data/key1").asText()).isEqualTo("value1");
    assertThat(object.at("/metadata/managedFields/0/manager").asText()).isEqualTo("kubectl");
    assertThat(object.at("/metadata/managedFields/0/fieldsV1")).isEqualTo(JSON.readTree(
        "{\"f:data\":{\"f:key1\":{}},\"f:metadata\":{\"f:labels\":{\"f:app\":{}}}}"));
    assertThat(object.at("/metadata/managedFields")).hasSize(1);
  }

  @Test
  void serverSideApplyTakesOverFromClientSideApply() throws Exception {
    assumeTrue(KUBECTL.found(), KUBECTL.missing());
    kubectl.file("baz.yaml", BAR.replace("name: bar", "name: baz"));

    assertThat(run("apply", "-f", "baz.yaml").stdout()).isEqualTo("configmap/baz created\n");
    ProcessResult migrated = run("apply", "--server-side", "-f", "baz.yaml");

    assertThat(migrated.exitCode()).as(migrated.stderr()).isZero();
    assertThat(migrated.stdout()).isEqualTo("configmap/baz serverside-applied\n");
    JsonNode object = JSON.readTree(run("get", "configmap", "baz", "-o", "json",
        "--show-managed-fields").stdout());
    // kubectl moved the client-side entry (which owned data as a whole) to its Apply manager
    // before applying again: the data it still applies stays.
    assertThat(object.at("/data/key1").asText()).isEqualTo("value1");
    JsonNode managed = object.at("/metadata/managedFields");
    assertThat(managed).anySatisfy(entry -> {
      assertThat(entry.path("manager").asText()).isEqualTo("kubectl");
      assertThat(entry.path("operation").asText()).isEqualTo("Apply");
      assertThat(entry.at("/fieldsV1/f:data/f:key1").isObject()).isTrue();
    });
  }

  private static ProcessResult run(String... args) {
    return kubectl.run(args);
  }
}
