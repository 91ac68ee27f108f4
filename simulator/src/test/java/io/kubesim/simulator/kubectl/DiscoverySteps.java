package io.kubesim.simulator.kubectl;

import static io.kubesim.simulator.kubectl.SuiteStep.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What kubectl learns about the server before changing anything: versions, the served groups
 * and resources, a schema, and who the user is and may do.
 */
final class DiscoverySteps {

  private DiscoverySteps() {}

  static List<SuiteStep> steps() {
    return List.of(
        step("version prints the client's version and the server's v1.33.1", cell -> {
          ProcessResult version = cell.kubectl().run("version").succeeded();

          assertThat(version.stdoutLines()).first().asString()
              .startsWith("Client Version: v" + cell.version() + ".");
          assertThat(version.stdoutLines()).last().isEqualTo("Server Version: v1.33.1");
          // kubectl warns, on its own, when it is more than one minor version from the server.
          assertThat(version.stderrLines()).isEqualTo(cell.version().equals("1.33") ? List.of()
              : List.of("WARNING: version difference between client (" + cell.version()
                  + ") and server (1.33) exceeds the supported minor version skew of +/-1"));
        }),
        step("api-versions lists every served group version", cell ->
            assertThat(cell.kubectl().run("api-versions").succeeded().stdoutLines())
                .containsExactly("admissionregistration.k8s.io/v1", "apiextensions.k8s.io/v1",
                    "apiregistration.k8s.io/v1", "apps/v1", "authentication.k8s.io/v1",
                    "authorization.k8s.io/v1", "autoscaling/v1", "autoscaling/v2", "batch/v1",
                    "certificates.k8s.io/v1", "coordination.k8s.io/v1", "discovery.k8s.io/v1",
                    "events.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1",
                    "networking.k8s.io/v1", "node.k8s.io/v1", "policy/v1",
                    "rbac.authorization.k8s.io/v1", "scheduling.k8s.io/v1", "storage.k8s.io/v1",
                    "v1")),
        step("api-resources prints a group's resources with short names and kinds", cell ->
            assertThat(cell.kubectl().run("api-resources", "--api-group=apps").succeeded()
                .stdout()).isEqualTo("""
                    NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND
                    controllerrevisions                apps/v1      true         ControllerRevision
                    daemonsets            ds           apps/v1      true         DaemonSet
                    deployments           deploy       apps/v1      true         Deployment
                    replicasets           rs           apps/v1      true         ReplicaSet
                    statefulsets          sts          apps/v1      true         StatefulSet
                    """)),
        step("explain prints a field's group, kind, version and type", cell ->
            // Blank lines between the sections differ between kubectl versions' templates.
            assertThat(cell.kubectl().run("explain", "deployment.spec.replicas").succeeded()
                .stdoutLines()).filteredOn(line -> !line.isBlank()).startsWith(
                    "GROUP:      apps", "KIND:       Deployment", "VERSION:    v1",
                    "FIELD: replicas <integer>", "DESCRIPTION:")),
        step("auth whoami prints the user the simulator authenticated", cell ->
            assertThat(cell.kubectl().run("auth", "whoami").succeeded().stdout())
                .isEqualTo("""
                    ATTRIBUTE   VALUE
                    Username    kubesim-admin
                    Groups      [system:masters system:authenticated]
                    """)),
        step("kubectl sends the kubeconfig's bearer token over HTTPS only", cell -> {
          ProcessResult traced = cell.kubectl().run("auth", "whoami", "-v=8").succeeded();

          if (cell.https()) {
            assertThat(traced.stderr()).contains("Authorization: Bearer <masked>");
          } else {
            assertThat(traced.stderr()).doesNotContain("Authorization:");
          }
        }),
        step("auth can-i says yes to the administrator", cell -> {
          assertThat(cell.kubectl().run("auth", "can-i", "create", "deployments.apps")
              .succeeded().stdout()).isEqualTo("yes\n");
          assertThat(cell.kubectl().run("auth", "can-i", "delete", "nodes", "--all-namespaces")
              .succeeded().stdoutLines()).first().isEqualTo("yes");
        }));
  }
}
