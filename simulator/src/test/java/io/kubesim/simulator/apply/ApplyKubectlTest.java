package io.kubesim.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubectl apply --server-side} against the simulator: create, a conflict with the manager
 * of a {@code kubectl patch} (kubectl's message and hint), and {@code --force-conflicts}. Skipped
 * visibly when no kubectl is found ({@code KUBECTL}, else {@code kubectl.1.33} next to the
 * kubectl on PATH, else that kubectl).
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
  private static KubeSimulator sim;
  private static Optional<Path> kubectl;

  @BeforeAll
  static void start() throws IOException {
    kubectl = locate();
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    sim.writeKubeconfig(dir.resolve("config"));
    Files.writeString(dir.resolve("bar.yaml"), BAR);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void serverSideApplyCreatesConflictsAndForces() throws Exception {
    assumeTrue(kubectl.isPresent(), "no kubectl found: set KUBECTL or put kubectl on PATH");

    Result created = run("apply", "--server-side", "-f", "bar.yaml");
    assertThat(created.out()).isEqualTo("configmap/bar serverside-applied\n");
    run("patch", "configmap", "bar", "-p", "{\"data\":{\"key1\":\"edited\"}}");

    Result conflict = run("apply", "--server-side", "-f", "bar.yaml");
    assertThat(conflict.code()).isEqualTo(1);
    assertThat(conflict.err()).startsWith("error: Apply failed with 1 conflict: conflict with "
        + "\"kubectl-patch\" using v1: .data.key1\nPlease review the fields above--they "
        + "currently have other managers.");

    Result forced = run("apply", "--server-side", "--force-conflicts", "-f", "bar.yaml");
    assertThat(forced.out()).isEqualTo("configmap/bar serverside-applied\n");
    JsonNode object = JSON.readTree(run("get", "configmap", "bar", "-o", "json",
        "--show-managed-fields").out());
    assertThat(object.at("/data/key1").asText()).isEqualTo("value1");
    assertThat(object.at("/metadata/managedFields/0/manager").asText()).isEqualTo("kubectl");
    assertThat(object.at("/metadata/managedFields/0/fieldsV1")).isEqualTo(JSON.readTree(
        "{\"f:data\":{\"f:key1\":{}},\"f:metadata\":{\"f:labels\":{\"f:app\":{}}}}"));
    assertThat(object.at("/metadata/managedFields")).hasSize(1);
  }

  @Test
  void serverSideApplyTakesOverFromClientSideApply() throws Exception {
    assumeTrue(kubectl.isPresent(), "no kubectl found: set KUBECTL or put kubectl on PATH");
    Files.writeString(dir.resolve("baz.yaml"), BAR.replace("name: bar", "name: baz"));

    assertThat(run("apply", "-f", "baz.yaml").out()).isEqualTo("configmap/baz created\n");
    Result migrated = run("apply", "--server-side", "-f", "baz.yaml");

    assertThat(migrated.code()).as(migrated.err()).isZero();
    assertThat(migrated.out()).isEqualTo("configmap/baz serverside-applied\n");
    JsonNode managed = JSON.readTree(run("get", "configmap", "baz", "-o", "json",
        "--show-managed-fields").out()).at("/metadata/managedFields");
    assertThat(managed).anySatisfy(entry -> {
      assertThat(entry.path("manager").asText()).isEqualTo("kubectl");
      assertThat(entry.path("operation").asText()).isEqualTo("Apply");
      assertThat(entry.at("/fieldsV1/f:data/f:key1").isObject()).isTrue();
    });
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(kubectl.orElseThrow().toString(),
        "--kubeconfig", dir.resolve("config").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("kubectl did not finish: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static Optional<Path> locate() throws IOException {
    String explicit = System.getenv().getOrDefault("KUBECTL", "");
    if (!explicit.isBlank()) {
      return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
    }
    for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, "kubectl");
      if (Files.isExecutable(candidate)) {
        Path versioned = candidate.toRealPath().resolveSibling("kubectl.1.33");
        return Optional.of(Files.isExecutable(versioned) ? versioned : candidate);
      }
    }
    return Optional.empty();
  }
}
