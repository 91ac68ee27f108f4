package io.kubesim.simulator.kubectl;

import static io.kubesim.simulator.kubectl.SuiteStep.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The commands that change existing objects: label, annotate, the three patch types, scale,
 * rollout restart, edit (with a scripted editor) and replace. Each result is read back with a
 * second {@code get -o json}.
 */
final class ChangeSteps {

  private ChangeSteps() {}

  /** The editor kubectl runs on the temporary file it wrote: one sed edit, no terminal. */
  private static final String EDITOR = """
      #!/bin/sh
      sed -i 's/mode: slow/mode: edited/' "$1"
      """;

  static List<SuiteStep> steps() {
    return List.of(
        step("label adds labels", cell -> {
          assertThat(cell.kubectl().run("label", "configmap", "settings", "tier=back",
              "env=prod").succeeded().stdout()).isEqualTo("configmap/settings labeled\n");
          assertThat(cell.read("configmap", "settings", "/metadata/labels"))
              .isEqualTo(Map.of("tier", "back", "env", "prod"));
        }),
        step("annotate adds an annotation", cell -> {
          assertThat(cell.kubectl().run("annotate", "configmap", "settings", "owner=team-a")
              .succeeded().stdout()).isEqualTo("configmap/settings annotated\n");
          assertThat(cell.read("configmap", "settings", "/metadata/annotations"))
              .isEqualTo(Map.of("owner", "team-a"));
        }),
        step("patch (strategic) merges containers by name", cell -> {
          assertThat(cell.kubectl().run("patch", "deployment", "web", "-p",
              "{\"spec\":{\"template\":{\"spec\":{\"containers\":"
                  + "[{\"name\":\"nginx\",\"image\":\"nginx:1.28\"}]}}}}").succeeded().stdout())
              .isEqualTo("deployment.apps/web patched\n");
          JsonNode containers = cell.kubectl().json("get", "deployment", "web")
              .at("/spec/template/spec/containers");
          assertThat(containers).hasSize(1);
          assertThat(containers.at("/0/name").asText()).isEqualTo("nginx");
          assertThat(containers.at("/0/image").asText()).isEqualTo("nginx:1.28");
        }),
        step("patch --type=merge adds a key", cell -> {
          assertThat(cell.kubectl().run("patch", "configmap", "settings", "--type=merge", "-p",
              "{\"data\":{\"extra\":\"1\"}}").succeeded().stdout())
              .isEqualTo("configmap/settings patched\n");
          assertThat(cell.read("configmap", "settings", "/data"))
              .isEqualTo(Map.of("mode", "fast", "extra", "1"));
        }),
        step("patch --type=json applies the operations in order", cell -> {
          assertThat(cell.kubectl().run("patch", "configmap", "settings", "--type=json", "-p",
              "[{\"op\":\"remove\",\"path\":\"/data/extra\"},"
                  + "{\"op\":\"replace\",\"path\":\"/data/mode\",\"value\":\"slow\"}]")
              .succeeded().stdout()).isEqualTo("configmap/settings patched\n");
          assertThat(cell.read("configmap", "settings", "/data")).isEqualTo(Map.of("mode", "slow"));
        }),
        step("scale sets the replicas through the scale subresource", cell -> {
          assertThat(cell.kubectl().run("scale", "deployment", "web", "--replicas=3")
              .succeeded().stdout()).isEqualTo("deployment.apps/web scaled\n");
          assertThat(cell.kubectl().json("get", "deployment", "web").at("/spec/replicas")
              .asInt()).isEqualTo(3);
        }),
        step("rollout restart stamps restartedAt on the pod template", cell -> {
          Instant before = Instant.now().minusSeconds(1);
          assertThat(cell.kubectl().run("rollout", "restart", "deployment", "web").succeeded()
              .stdout()).isEqualTo("deployment.apps/web restarted\n");
          String restartedAt = cell.kubectl().json("get", "deployment", "web")
              .at("/spec/template/metadata/annotations")
              .path("kubectl.kubernetes.io/restartedAt").asText();
          assertThat(Instant.parse(restartedAt)).isBetween(before,
              Instant.now().plus(Duration.ofSeconds(1)));
        }),
        step("edit saves what the editor changed", cell -> {
          Path editor = cell.kubectl().workDir().resolve("editor.sh");
          Files.writeString(editor, EDITOR);
          Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));

          assertThat(cell.kubectl().withEnv("KUBE_EDITOR", editor.toString())
              .run("edit", "configmap", "settings").succeeded().stdout())
              .isEqualTo("configmap/settings edited\n");
          assertThat(cell.read("configmap", "settings", "/data"))
              .isEqualTo(Map.of("mode", "edited"));
          assertThat(cell.read("configmap", "settings", "/metadata/labels"))
              .isEqualTo(Map.of("tier", "back", "env", "prod"));
        }),
        step("replace -f stores the whole object from the file", cell -> {
          ObjectNode settings = cell.kubectl().json("get", "configmap", "settings");
          ((ObjectNode) settings.path("data")).put("mode", "replaced");
          ((ObjectNode) settings.path("metadata")).remove("annotations");
          cell.kubectl().file("settings.json", settings.toString());

          assertThat(cell.kubectl().run("replace", "-f", "settings.json").succeeded().stdout())
              .isEqualTo("configmap/settings replaced\n");
          assertThat(cell.read("configmap", "settings", "/data"))
              .isEqualTo(Map.of("mode", "replaced"));
          assertThat(cell.read("configmap", "settings", "/metadata/annotations")).isEmpty();
        }));
  }
}
