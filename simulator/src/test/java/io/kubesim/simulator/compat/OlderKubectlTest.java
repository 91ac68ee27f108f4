package io.kubesim.simulator.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.ProcessResult;
import io.kubesim.simulator.kubectl.RunningProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubectl 1.29, four minor versions behind the 1.33 the simulator emulates (beyond the
 * supported skew, as users' laptops often are), still works for everyday commands: its
 * discovery, create, watch, delete and client-side apply requests all succeed. The steps run in
 * order against one simulator; skipped, with the reason shown, where {@code kubectl.1.29} is not
 * installed. {@link io.kubesim.simulator.kubectl.KubectlSuiteTest} runs every everyday command
 * from kubectl 1.29, over HTTP and HTTPS.
 */
class OlderKubectlTest {

  private static final String VERSION = "1.29";

  private static final String MANIFEST = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: old-client
      data:
        key: v1
      """;

  @TempDir Path dir;
  private KubeSimulator sim;
  private Kubectl kubectl;

  @BeforeEach
  void start() throws IOException {
    KubectlBinary binary = KubectlBinary.locate(VERSION);
    assumeTrue(binary.found(), "skipped: " + binary.missing());
    Files.writeString(dir.resolve("configmap.yaml"), MANIFEST);
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    kubectl = new Kubectl(binary.path(), dir, sim.writeKubeconfig(dir.resolve("kubeconfig")));
  }

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everydayCommandsWorkFromAnOlderKubectl() {
    return Stream.of(
        dynamicTest("the binary is kubectl " + VERSION, () ->
            assertThat(run("version", "--client").succeeded().stdout())
                .contains("Client Version: v" + VERSION + ".")),
        dynamicTest("get ns lists the namespaces every cluster has", () ->
            assertThat(run("get", "namespaces", "-o", "name").succeeded().stdout().lines())
                .contains("namespace/default", "namespace/kube-system",
                    "namespace/kube-public", "namespace/kube-node-lease")),
        dynamicTest("create -f --validate=false creates the ConfigMap", () ->
            assertThat(run("create", "-f", "configmap.yaml", "--validate=false").succeeded()
                .stdout()).isEqualTo("configmap/old-client created\n")),
        dynamicTest("get -w -o jsonpath prints the object, then its change",
            this::jsonPathWatchSeesAChange),
        dynamicTest("get -w prints table rows: the listed objects, then a row per change",
            this::tableWatchSeesAChange),
        dynamicTest("delete removes the ConfigMap", () ->
            assertThat(run("delete", "configmap", "old-client").succeeded().stdout())
                .isEqualTo("configmap \"old-client\" deleted\n")),
        dynamicTest("get of the deleted ConfigMap reports NotFound", () -> {
          ProcessResult run = run("get", "configmap", "old-client");
          assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
          assertThat(run.stderr()).as(run.toString())
              .contains("Error from server (NotFound): configmaps \"old-client\" not found");
        }),
        dynamicTest("apply -f creates the ConfigMap", () ->
            assertThat(run("apply", "-f", "configmap.yaml").succeeded().stdout())
                .isEqualTo("configmap/old-client created\n")),
        dynamicTest("apply -f of a changed manifest patches it", () -> {
          kubectl.file("configmap.yaml", MANIFEST.replace("key: v1", "key: applied"));
          assertThat(run("apply", "-f", "configmap.yaml").succeeded().stdout())
              .isEqualTo("configmap/old-client configured\n");
          assertThat(run("get", "configmap", "old-client", "-o", "jsonpath={.data.key}")
              .succeeded().stdout()).isEqualTo("applied");
        }));
  }

  private void jsonPathWatchSeesAChange() {
    try (RunningProcess watch = kubectl.start("get", "configmap", "old-client", "--watch",
        "-o", "jsonpath={.metadata.name}={.data.key}{\"\\n\"}")) {
      assertThat(watch.nextLine()).isEqualTo("old-client=v1");
      setKey("v2");
      assertThat(watch.nextLine()).isEqualTo("old-client=v2");
    }
  }

  private void tableWatchSeesAChange() {
    try (RunningProcess watch = kubectl.start("get", "configmaps", "--watch")) {
      assertThat(watch.nextLines(3)).map(OlderKubectlTest::nameAndData)
          .containsExactly("NAME DATA", "kube-root-ca.crt 1", "old-client 1");
      setKey("v3");
      assertThat(nameAndData(watch.nextLine())).isEqualTo("old-client 1");
    }
  }

  private void setKey(String value) {
    run("patch", "configmap", "old-client", "-p", "{\"data\":{\"key\":\"" + value + "\"}}")
        .succeeded();
  }

  /** The NAME and DATA columns of a table row: AGE depends on the clock. */
  private static String nameAndData(String row) {
    String[] columns = row.trim().split("\\s+");
    return columns.length < 2 ? row : columns[0] + " " + columns[1];
  }

  private ProcessResult run(String... args) {
    return kubectl.run(args);
  }
}
