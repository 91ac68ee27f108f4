package io.kubesim.simulator.kubectl;

import static io.kubesim.simulator.kubectl.SuiteStep.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A manifest's life under apply: client-side apply creates it, diff shows a change, apply
 * makes it, server-side apply takes it over, a second field manager's change conflicts, and
 * {@code --force-conflicts} moves the field to that manager.
 */
final class ApplySteps {

  private ApplySteps() {}

  private static final String APP = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app
      data:
        color: %s
      """;

  /** kubectl's own advice after the server's conflict message, the same in 1.29 and 1.33. */
  private static final String CONFLICT = """
      error: Apply failed with 1 conflict: conflict with "kubectl": .data.color
      Please review the fields above--they currently have other managers. Here
      are the ways you can resolve this warning:
      * If you intend to manage all of these fields, please re-run the apply
        command with the `--force-conflicts` flag.
      * If you do not intend to manage all of the fields, please edit your
        manifest to remove references to the fields that should keep their
        current managers.
      * You may co-own fields by updating your manifest to match the existing
        value; in this case, you'll become the manager if the other manager(s)
        stop managing the field (remove it from their configuration).
      See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
      """;

  static List<SuiteStep> steps() {
    return List.of(
        step("apply -f creates the object and records the applied configuration", cell -> {
          cell.kubectl().file("app.yaml", APP.formatted("blue"));

          assertThat(cell.kubectl().run("apply", "-f", "app.yaml").succeeded().stdout())
              .isEqualTo("configmap/app created\n");
          assertThat(cell.read("configmap", "app", "/metadata/annotations"))
              .containsOnlyKeys("kubectl.kubernetes.io/last-applied-configuration");
        }),
        step("diff shows what apply would change and changes nothing", cell -> {
          cell.kubectl().file("app.yaml", APP.formatted("green"));

          ProcessResult diff = cell.kubectl().run("diff", "-f", "app.yaml").failed();
          assertThat(diff.stdoutLines()).contains("-  color: blue", "+  color: green");
          assertThat(diff.stderr()).isEmpty();
          assertThat(cell.read("configmap", "app", "/data")).isEqualTo(Map.of("color", "blue"));
        }),
        step("apply -f of the changed manifest patches the object", cell -> {
          assertThat(cell.kubectl().run("apply", "-f", "app.yaml").succeeded().stdout())
              .isEqualTo("configmap/app configured\n");
          assertThat(cell.read("configmap", "app", "/data")).isEqualTo(Map.of("color", "green"));
        }),
        step("apply --server-side takes the object over from client-side apply", cell -> {
          assertThat(cell.kubectl().run("apply", "--server-side", "-f", "app.yaml").succeeded()
              .stdout()).isEqualTo("configmap/app serverside-applied\n");
          assertThat(cell.read("configmap", "app", "/data")).isEqualTo(Map.of("color", "green"));
          assertThat(owners(cell, "/f:data/f:color")).containsExactly("kubectl Apply");
        }),
        step("apply --server-side by another field manager conflicts on a changed field",
            cell -> {
              cell.kubectl().file("app.yaml", APP.formatted("red"));

              ProcessResult conflict = cell.kubectl().run("apply", "--server-side",
                  "--field-manager=other", "-f", "app.yaml").failed();
              assertThat(conflict.stderr()).isEqualTo(CONFLICT);
              assertThat(cell.read("configmap", "app", "/data"))
                  .isEqualTo(Map.of("color", "green"));
            }),
        step("apply --server-side --force-conflicts moves the field to the new manager",
            cell -> {
              assertThat(cell.kubectl().run("apply", "--server-side", "--field-manager=other",
                  "--force-conflicts", "-f", "app.yaml").succeeded().stdout())
                  .isEqualTo("configmap/app serverside-applied\n");
              assertThat(cell.read("configmap", "app", "/data"))
                  .isEqualTo(Map.of("color", "red"));
              assertThat(owners(cell, "/f:data/f:color")).containsExactly("other Apply");
            }));
  }

  /** "manager operation" of every managedFields entry that owns {@code field}. */
  private static List<String> owners(SuiteCell cell, String field) {
    JsonNode managed = cell.kubectl().json("get", "configmap", "app", "--show-managed-fields")
        .at("/metadata/managedFields");
    List<String> owners = new ArrayList<>();
    for (JsonNode entry : managed) {
      if (!entry.path("fieldsV1").at(field).isMissingNode()) {
        owners.add(entry.path("manager").asText() + " " + entry.path("operation").asText());
      }
    }
    return owners;
  }
}
