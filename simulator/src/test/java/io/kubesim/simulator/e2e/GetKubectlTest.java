package io.kubesim.simulator.e2e;

import static io.kubesim.simulator.e2e.Manifests.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kubesim.simulator.kubectl.Kubectl;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl get} of objects and lists in the output formats scripts rely on. As in a real
 * cluster, every namespace also holds the root-CA publisher's {@code kube-root-ca.crt}, so
 * listings of all ConfigMaps show it too.
 */
@ExtendWith(KubectlExtension.class)
class GetKubectlTest {

  static Stream<CommandCase> getCommands() {
    return Stream.of(
        // kube-root-ca.crt was written first, yet comes last: the order is by name
        CommandCase.of("get -o name lists a collection in name order")
            .given(configMap("b"), configMap("a"), configMap("c"))
            .run("get", "configmaps", "-o", "name")
            .prints("configmap/a", "configmap/b", "configmap/c", "configmap/kube-root-ca.crt"),
        CommandCase.of("get --chunk-size pages through the collection with continue tokens")
            .given(configMap("a"), configMap("b"), configMap("c"))
            .run("get", "configmaps", "--chunk-size=1", "-o", "name")
            .prints("configmap/a", "configmap/b", "configmap/c", "configmap/kube-root-ca.crt"),
        CommandCase.of("get -A lists every namespace")
            .given(Manifests.namespace("team-a"), configMap("a"),
                Manifests.configMapIn("team-a", "b"))
            .run("get", "configmaps", "-A", "-o",
                "custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name")
            .prints("NAMESPACE         NAME",
                "default           a",
                "default           kube-root-ca.crt",
                "kube-node-lease   kube-root-ca.crt",
                "kube-public       kube-root-ca.crt",
                "kube-system       kube-root-ca.crt",
                "team-a            b",
                "team-a            kube-root-ca.crt"),
        CommandCase.of("get -o jsonpath reads fields of the object")
            .given(configMap("bar", "app=demo"))
            .run("get", "configmap", "bar", "-o", "jsonpath={.metadata.labels.app} {.data.key1}")
            .prints("demo value1"),
        CommandCase.of("the seeded kubernetes service is there")
            .run("get", "service", "kubernetes", "-o", "jsonpath={.spec.clusterIP}")
            .prints("10.96.0.1"),
        CommandCase.of("get of a missing object is NotFound")
            .run("get", "configmap", "nothere")
            .fails("Error from server (NotFound): configmaps \"nothere\" not found"),
        CommandCase.of("get of a missing object in a named group names the group")
            .run("get", "deployment", "nothere")
            .fails("Error from server (NotFound): deployments.apps \"nothere\" not found"),
        // not configmaps: no namespace of a real cluster is without kube-root-ca.crt
        CommandCase.of("get of an empty collection says so on standard error")
            .run("get", "pods")
            .expect(0, List.of(), List.of("No resources found in default namespace.")),
        CommandCase.of("get --ignore-not-found of a missing object prints nothing")
            .run("get", "configmap", "nothere", "--ignore-not-found")
            .prints());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("getCommands")
  void printsWhatKubectlPrintsAgainstARealServer(CommandCase command, Kubectl kubectl) {
    command.check(kubectl);
  }

  @Test
  void jsonAndYamlOutputsAreTheObjectTheServerReturned(Kubectl kubectl) throws Exception {
    kubectl.runWithInput(configMap("bar", "app=demo"), "create", "-f", "-", "--validate=false")
        .succeeded();
    ObjectMapper json = new ObjectMapper();
    JsonNode raw = json.readTree(kubectl.run("get", "--raw",
        "/api/v1/namespaces/default/configmaps/bar").succeeded().stdout());

    JsonNode asJson = json.readTree(
        kubectl.run("get", "configmap", "bar", "-o", "json").succeeded().stdout());
    JsonNode asYaml = new ObjectMapper(new YAMLFactory()).readTree(
        kubectl.run("get", "configmap", "bar", "-o", "yaml").succeeded().stdout());

    // kubectl hides managedFields unless --show-managed-fields is given
    assertThat(raw.at("/metadata/managedFields/0/manager").asText()).isEqualTo("kubectl-create");
    ((ObjectNode) raw.get("metadata")).remove("managedFields");
    assertThat(asJson).isEqualTo(raw);
    assertThat(asYaml).isEqualTo(raw);
    assertThat(raw.at("/metadata/uid").asText()).isNotEmpty();
    assertThat(raw.at("/metadata/resourceVersion").asText()).isNotEmpty();
  }

  @Test
  void aListPrintsAsAKubectlList(Kubectl kubectl) {
    kubectl.runWithInput(configMap("a") + "---\n" + configMap("b"), "create", "-f", "-",
        "--validate=false").succeeded();

    JsonNode list = kubectl.json("get", "configmaps");

    assertThat(list.path("kind").asText()).isEqualTo("List");
    assertThat(list.path("items")).extracting(item -> item.at("/metadata/name").asText())
        .containsExactly("a", "b", "kube-root-ca.crt");
    assertThat(list.path("items")).extracting(item -> item.path("kind").asText())
        .containsOnly("ConfigMap");
  }
}
