package io.kubesim.simulator.e2e;

import static io.kubesim.simulator.e2e.Manifests.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.kubectl.Kubectl;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl label}, {@code annotate} and {@code patch} with all three patch types, and
 * {@code scale}: each is a GET and a PATCH, and what kubectl prints depends on whether the
 * object changed.
 */
@ExtendWith(KubectlExtension.class)
class PatchKubectlTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String BAR = configMap("bar", "app=demo");

  static Stream<CommandCase> patchCommands() {
    return Stream.of(
        CommandCase.of("label adds a label")
            .given(BAR).run("label", "configmap", "bar", "tier=web")
            .prints("configmap/bar labeled")
            .then(labels(Map.of("app", "demo", "tier", "web"))),
        CommandCase.of("label --overwrite changes a label")
            .given(BAR).run("label", "configmap", "bar", "app=other", "--overwrite")
            .prints("configmap/bar labeled")
            .then(labels(Map.of("app", "other"))),
        CommandCase.of("label key- removes a label")
            .given(BAR).run("label", "configmap", "bar", "app-")
            .prints("configmap/bar unlabeled")
            .then(bar(cm -> assertThat(cm.at("/metadata/labels/app").isMissingNode()).isTrue())),
        CommandCase.of("label of an existing key without --overwrite is refused by kubectl")
            .given(BAR).run("label", "configmap", "bar", "app=other")
            .fails("error: 'app' already has a value (demo), and --overwrite is false"),
        CommandCase.of("label -l labels every selected object")
            .given(configMap("a", "app=demo"), configMap("b", "app=demo"), configMap("c"))
            .run("label", "configmaps", "-l", "app=demo", "tier=web")
            .prints("configmap/a labeled", "configmap/b labeled"),
        CommandCase.of("annotate adds an annotation")
            .given(BAR).run("annotate", "configmap", "bar", "note=hello")
            .prints("configmap/bar annotated")
            .then(bar(cm -> assertThat(cm.at("/metadata/annotations/note").asText())
                .isEqualTo("hello"))),
        CommandCase.of("a merge patch sets a key")
            .given(BAR).run("patch", "configmap", "bar", "--type=merge",
                "-p", "{\"data\":{\"k\":\"v\"}}")
            .prints("configmap/bar patched")
            .then(data(Map.of("key1", "value1", "k", "v"))),
        CommandCase.of("a merge patch with null removes a key")
            .given(BAR).run("patch", "configmap", "bar", "--type=merge",
                "-p", "{\"data\":{\"key1\":null,\"k\":\"v\"}}")
            .prints("configmap/bar patched")
            .then(data(Map.of("k", "v"))),
        CommandCase.of("a JSON patch adds a key")
            .given(BAR).run("patch", "configmap", "bar", "--type=json",
                "-p", "[{\"op\":\"add\",\"path\":\"/data/j\",\"value\":\"1\"}]")
            .prints("configmap/bar patched")
            .then(data(Map.of("key1", "value1", "j", "1"))),
        CommandCase.of("a strategic merge patch is the default type")
            .given(BAR).run("patch", "configmap", "bar", "-p", "{\"data\":{\"s\":\"2\"}}")
            .prints("configmap/bar patched")
            .then(data(Map.of("key1", "value1", "s", "2"))),
        CommandCase.of("a strategic merge patch merges containers by name")
            .given(Manifests.deployment("web", "nginx:1"))
            .run("patch", "deployment", "web", "-p", "{\"spec\":{\"template\":{\"spec\":"
                + "{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:2\"}]}}}}")
            .prints("deployment.apps/web patched")
            .then(kubectl -> assertThat(kubectl.run("get", "deployment", "web", "-o",
                "jsonpath={.spec.template.spec.containers[*].name}={.spec.template.spec"
                    + ".containers[*].image}").succeeded().stdoutLines())
                .containsExactly("app=nginx:2")),
        CommandCase.of("scale patches replicas through the scale subresource")
            .given(Manifests.deployment("web", "nginx:1"))
            .run("scale", "deployment", "web", "--replicas=3")
            .prints("deployment.apps/web scaled")
            .then(kubectl -> assertThat(kubectl.run("get", "deployment", "web", "-o",
                "jsonpath={.spec.replicas}").succeeded().stdoutLines()).containsExactly("3")),
        CommandCase.of("scale with --current-replicas checks them first")
            .given(Manifests.deployment("web", "nginx:1"))
            .run("scale", "deployment", "web", "--current-replicas=2", "--replicas=3")
            .fails("error: Expected replicas to be 2, was 1"),
        CommandCase.of("a patch that changes nothing says so")
            .given(BAR).run("patch", "configmap", "bar", "--type=merge",
                "-p", "{\"data\":{\"key1\":\"value1\"}}")
            .prints("configmap/bar patched (no change)"),
        CommandCase.of("a patch of a missing object is NotFound")
            .run("patch", "configmap", "nothere", "--type=merge", "-p", "{\"data\":{}}")
            .fails("Error from server (NotFound): configmaps \"nothere\" not found"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patchCommands")
  void printsWhatKubectlPrintsAgainstARealServer(CommandCase command, Kubectl kubectl) {
    command.check(kubectl);
  }

  @Test
  void patchingAwayTheLastFinalizerCompletesAPendingDelete(Kubectl kubectl) {
    kubectl.runWithInput(Manifests.configMapWithFinalizer("fin"), "create", "-f", "-",
        "--validate=false").succeeded();
    kubectl.run("delete", "configmap", "fin", "--wait=false").succeeded();

    assertThat(kubectl.run("patch", "configmap", "fin", "--type=json", "-p",
        "[{\"op\":\"remove\",\"path\":\"/metadata/finalizers\"}]").succeeded()
        .stdoutLines()).containsExactly("configmap/fin patched");

    assertThat(kubectl.run("get", "configmap", "fin").failed().stderrLines())
        .containsExactly("Error from server (NotFound): configmaps \"fin\" not found");
  }

  private static Consumer<Kubectl> bar(Consumer<JsonNode> check) {
    return kubectl -> check.accept(kubectl.json("get", "configmap", "bar"));
  }

  private static Consumer<Kubectl> labels(Map<String, String> expected) {
    return bar(cm -> assertThat(cm.at("/metadata/labels")).isEqualTo(
        JSON.valueToTree(expected)));
  }

  private static Consumer<Kubectl> data(Map<String, String> expected) {
    return bar(cm -> assertThat(cm.at("/data")).isEqualTo(
        JSON.valueToTree(expected)));
  }
}
