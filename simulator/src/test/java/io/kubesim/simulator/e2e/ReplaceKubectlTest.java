package io.kubesim.simulator.e2e;

import static io.kubesim.simulator.e2e.Manifests.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.ProcessResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code kubectl replace}: PUT with optimistic concurrency, and {@code --force}. */
@ExtendWith(KubectlExtension.class)
class ReplaceKubectlTest {

  static Stream<CommandCase> replaceCommands() {
    return Stream.of(
        CommandCase.of("replace of a file without a resourceVersion overwrites the object")
            .given(configMap("bar"))
            .file("bar.yaml", configMap("bar").replace("value1", "value2"))
            .run("replace", "-f", "bar.yaml", "--validate=false")
            .prints("configmap/bar replaced")
            .then(kubectl -> assertThat(kubectl.json("get", "configmap", "bar")
                .at("/data/key1").asText()).isEqualTo("value2")),
        CommandCase.of("replace of a missing object is NotFound, naming the file")
            .file("bar.yaml", configMap("bar"))
            .run("replace", "-f", "bar.yaml", "--validate=false")
            .fails("Error from server (NotFound): error when replacing \"bar.yaml\": "
                + "configmaps \"bar\" not found"),
        CommandCase.of("replace --force deletes and recreates the object")
            .given(configMap("bar"))
            .file("bar.yaml", configMap("bar").replace("value1", "value2"))
            .run("replace", "--force", "-f", "bar.yaml", "--validate=false")
            .prints("configmap \"bar\" deleted", "configmap/bar replaced"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("replaceCommands")
  void printsWhatKubectlPrintsAgainstARealServer(CommandCase command, Kubectl kubectl) {
    command.check(kubectl);
  }

  @Test
  void replaceOfAStaleCopyIsAConflict(Kubectl kubectl) {
    kubectl.runWithInput(configMap("bar"), "create", "-f", "-", "--validate=false").succeeded();
    ObjectNode stale = kubectl.json("get", "configmap", "bar");
    kubectl.replace("configmap", "bar", cm -> cm.with("data").put("key1", "newer"));
    stale.with("data").put("key1", "stale");
    kubectl.file("stale.json", stale.toString());

    ProcessResult result = kubectl.run("replace", "-f", "stale.json", "--validate=false");

    assertThat(result.failed().stderrLines()).containsExactly(
        "Error from server (Conflict): error when replacing \"stale.json\": Operation cannot "
            + "be fulfilled on configmaps \"bar\": the object has been modified; please apply "
            + "your changes to the latest version and try again");
    assertThat(kubectl.json("get", "configmap", "bar").at("/data/key1").asText())
        .isEqualTo("newer");
  }

  @Test
  void replaceKeepsServerFieldsAndMovesTheResourceVersion(Kubectl kubectl) {
    kubectl.runWithInput(configMap("bar"), "create", "-f", "-", "--validate=false").succeeded();
    ObjectNode before = kubectl.json("get", "configmap", "bar");

    kubectl.replace("configmap", "bar", cm -> cm.with("data").put("key1", "value2"));

    ObjectNode after = kubectl.json("get", "configmap", "bar");
    assertThat(after.at("/metadata/uid")).isEqualTo(before.at("/metadata/uid"));
    assertThat(after.at("/metadata/creationTimestamp"))
        .isEqualTo(before.at("/metadata/creationTimestamp"));
    assertThat(Long.parseLong(after.at("/metadata/resourceVersion").asText()))
        .isGreaterThan(Long.parseLong(before.at("/metadata/resourceVersion").asText()));
  }
}
