package io.kubesim.simulator.kubectl;

import static io.kubesim.simulator.kubectl.SuiteStep.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * {@code kubectl delete}: waiting for the object to go, cascading to a dependent in the
 * foreground or orphaning it, and a namespace with what it holds.
 */
final class DeleteSteps {

  private DeleteSteps() {}

  /** A ConfigMap the garbage collector deletes with its owner, unless orphaned. */
  private static final String DEPENDENT = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: %s
        ownerReferences:
        - apiVersion: %s
          kind: %s
          name: %s
          uid: %s
          blockOwnerDeletion: true
      """;

  static List<SuiteStep> steps() {
    return List.of(
        step("delete --wait returns once the object is gone", cell -> {
          assertThat(cell.kubectl().run("delete", "configmap", "settings", "--wait")
              .succeeded().stdout()).isEqualTo("configmap \"settings\" deleted\n");
          assertNotFound(cell, "configmap", "configmaps", "settings");
        }),
        step("delete --cascade=foreground removes the dependents before the owner", cell -> {
          createDependent(cell, "web-config", "apps/v1", "Deployment", "web");

          assertThat(cell.kubectl().run("delete", "deployment", "web", "--cascade=foreground",
              "--wait").succeeded().stdout()).isEqualTo("deployment.apps \"web\" deleted\n");
          assertNotFound(cell, "deployment", "deployments.apps", "web");
          assertNotFound(cell, "configmap", "configmaps", "web-config");
        }),
        step("delete --cascade=orphan leaves the dependent without its owner", cell -> {
          createDependent(cell, "left-behind", "v1", "ConfigMap", "app");

          assertThat(cell.kubectl().run("delete", "configmap", "app", "--cascade=orphan")
              .succeeded().stdout()).isEqualTo("configmap \"app\" deleted\n");
          assertNotFound(cell, "configmap", "configmaps", "app");
          assertThat(cell.kubectl().json("get", "configmap", "left-behind")
              .at("/metadata/ownerReferences").isMissingNode()).isTrue();
        }),
        step("delete namespace --wait removes the namespace", cell -> {
          assertThat(cell.kubectl().run("delete", "namespace", "team-a", "--wait").succeeded()
              .stdout()).isEqualTo("namespace \"team-a\" deleted\n");
          assertNotFound(cell, "namespace", "namespaces", "team-a");
        }));
  }

  private static void createDependent(SuiteCell cell, String name, String ownerApiVersion,
      String ownerKind, String owner) {
    String uid = cell.kubectl().json("get", ownerKind.toLowerCase(), owner)
        .at("/metadata/uid").asText();
    cell.kubectl().file(name + ".yaml",
        DEPENDENT.formatted(name, ownerApiVersion, ownerKind, owner, uid));
    assertThat(cell.kubectl().run("create", "-f", name + ".yaml").succeeded().stdout())
        .isEqualTo("configmap/" + name + " created\n");
  }

  private static void assertNotFound(SuiteCell cell, String resource, String plural,
      String name) {
    assertThat(cell.kubectl().run("get", resource, name).failed().stderr()).isEqualTo(
        "Error from server (NotFound): " + plural + " \"" + name + "\" not found\n");
  }
}
