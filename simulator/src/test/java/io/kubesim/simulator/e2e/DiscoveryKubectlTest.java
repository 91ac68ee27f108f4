package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.kubectl.Kubectl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** kubectl commands that only read discovery and version: what a 1.33 server answers them. */
@ExtendWith(KubectlExtension.class)
class DiscoveryKubectlTest {

  /** {@code kubectl api-versions} against a kube-apiserver 1.33 with its default API set. */
  private static final String[] API_VERSIONS = {
      "admissionregistration.k8s.io/v1", "apiextensions.k8s.io/v1", "apiregistration.k8s.io/v1",
      "apps/v1", "authentication.k8s.io/v1", "authorization.k8s.io/v1", "autoscaling/v1",
      "autoscaling/v2", "batch/v1", "certificates.k8s.io/v1", "coordination.k8s.io/v1",
      "discovery.k8s.io/v1", "events.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1",
      "networking.k8s.io/v1", "node.k8s.io/v1", "policy/v1", "rbac.authorization.k8s.io/v1",
      "scheduling.k8s.io/v1", "storage.k8s.io/v1", "v1"};

  static Stream<CommandCase> discoveryCommands() throws IOException {
    return Stream.of(
        CommandCase.of("api-versions lists the group versions of a default 1.33 server")
            .run("api-versions").prints(API_VERSIONS),
        CommandCase.of("api-resources prints the table a 1.33 cluster prints")
            .run("api-resources").prints(apiResourcesOf133()),
        CommandCase.of("api-resources narrowed to one group")
            .run("api-resources", "--api-group=apps", "-o", "name")
            .prints("controllerrevisions.apps", "daemonsets.apps", "deployments.apps",
                "replicasets.apps", "statefulsets.apps"),
        CommandCase.of("api-resources narrowed to cluster-scoped core types")
            .run("api-resources", "--api-group=", "--namespaced=false", "-o", "name")
            .prints("componentstatuses", "namespaces", "nodes", "persistentvolumes"),
        CommandCase.of("an unknown resource type is reported from discovery")
            .run("get", "foos")
            .fails("error: the server doesn't have a resource type \"foos\""),
        CommandCase.of("health endpoints answer ok")
            .run("get", "--raw", "/readyz").prints("ok"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discoveryCommands")
  void printsWhatKubectlPrintsAgainstA133Server(CommandCase command, Kubectl kubectl) {
    command.check(kubectl);
  }

  @Test
  void versionReportsTheServerAsKubernetes1331(Kubectl kubectl) {
    assertThat(kubectl.run("version").succeeded().stdoutLines())
        .contains("Server Version: v1.33.1");
    ObjectNode server = (ObjectNode) kubectl.json("version").get("serverVersion");
    assertThat(server.path("major").asText()).isEqualTo("1");
    assertThat(server.path("minor").asText()).isEqualTo("33");
    assertThat(server.path("platform").asText()).isEqualTo("linux/amd64");
  }

  @Test
  void clusterInfoNamesTheServerItTalksTo(Kubectl kubectl, KubeSimulator simulator) {
    assertThat(kubectl.run("cluster-info").succeeded().stdoutLines()).first()
        .isEqualTo("Kubernetes control plane is running at " + simulator.baseUrl());
  }

  private static String[] apiResourcesOf133() throws IOException {
    try (InputStream in = KubeSimulator.class.getResourceAsStream(
        "api/kubectl-api-resources-1.33.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .toArray(String[]::new);
    }
  }
}
