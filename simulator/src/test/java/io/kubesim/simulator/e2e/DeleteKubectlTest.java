package io.kubesim.simulator.e2e;

import static io.kubesim.simulator.e2e.Manifests.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.acceptance.Eventually;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.ProcessResult;
import io.kubesim.simulator.kubectl.RunningProcess;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl delete}: what it prints, how it waits (GET, then a list and a watch narrowed to
 * the object's name until DELETED), cascading to dependents, and namespaces.
 */
@ExtendWith(KubectlExtension.class)
class DeleteKubectlTest {

  /** How soon a waiting kubectl must notice the deletion it waits for. */
  private static final Duration PROMPTLY = Duration.ofSeconds(2);

  static Stream<CommandCase> deleteCommands() {
    return Stream.of(
        CommandCase.of("delete removes the object and says so")
            .given(configMap("bar"))
            .run("delete", "configmap", "bar")
            .prints("configmap \"bar\" deleted")
            .then(DeleteKubectlTest::barIsGone),
        CommandCase.of("delete of a missing object is NotFound")
            .run("delete", "configmap", "nothere")
            .fails("Error from server (NotFound): configmaps \"nothere\" not found"),
        CommandCase.of("delete --ignore-not-found of a missing object prints nothing")
            .run("delete", "configmap", "nothere", "--ignore-not-found")
            .prints(),
        CommandCase.of("delete -f deletes what the file names")
            .given(configMap("bar"))
            .file("bar.yaml", configMap("bar"))
            .run("delete", "-f", "bar.yaml")
            .prints("configmap \"bar\" deleted"),
        CommandCase.of("delete -l deletes what the server selects")
            .given(configMap("a", "app=web"), configMap("b", "app=db"), configMap("c", "app=web"))
            .run("delete", "configmaps", "-l", "app in (web)")
            .prints("configmap \"a\" deleted", "configmap \"c\" deleted")
            .then(kubectl -> assertThat(kubectl.run("get", "configmaps", "-o", "name")
                .stdoutLines()).containsExactly("configmap/b", "configmap/kube-root-ca.crt")),
        CommandCase.of("delete --all empties the namespace's collection, kube-root-ca.crt too")
            .given(configMap("a"), configMap("b"))
            .run("delete", "configmaps", "--all")
            .prints("configmap \"a\" deleted", "configmap \"b\" deleted",
                "configmap \"kube-root-ca.crt\" deleted")
            .then(DeleteKubectlTest::onlyTheRootCaComesBack),
        CommandCase.of("a server dry run deletes nothing")
            .given(configMap("bar"))
            .run("delete", "configmap", "bar", "--dry-run=server")
            .prints("configmap \"bar\" deleted (server dry run)")
            .then(kubectl -> kubectl.run("get", "configmap", "bar").succeeded()),
        CommandCase.of("a pod on no node goes at once")
            .given(Manifests.pod("web"))
            .run("delete", "pod", "web")
            .prints("pod \"web\" deleted"),
        CommandCase.of("--wait=false returns while a finalizer keeps the object")
            .given(Manifests.configMapWithFinalizer("fin"))
            .run("delete", "configmap", "fin", "--wait=false")
            .prints("configmap \"fin\" deleted")
            .then(kubectl -> assertThat(kubectl.json("get", "configmap", "fin")
                .at("/metadata/deletionTimestamp").asText()).isNotEmpty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deleteCommands")
  void printsWhatKubectlPrintsAgainstARealServer(CommandCase command, Kubectl kubectl) {
    command.check(kubectl);
  }

  @Test
  void deleteWaitsThroughAWatchUntilTheFinalizerIsRemoved(Kubectl kubectl,
      KubeSimulator simulator) {
    kubectl.runWithInput(Manifests.configMapWithFinalizer("fin"), "create", "-f", "-",
        "--validate=false").succeeded();

    try (RunningProcess delete = kubectl.start("delete", "configmap", "fin", "--timeout=30s")) {
      // The object outlived the DELETE, so kubectl's reflector lists and watches it by name.
      Eventually.watchesOpened(simulator, "configmaps", 1);
      assertThat(delete.isAlive()).isTrue();
      kubectl.replace("configmap", "fin", cm -> cm.with("metadata").remove("finalizers"));
      long released = System.nanoTime();
      ProcessResult result = delete.awaitExit();

      assertThat(Duration.ofNanos(System.nanoTime() - released)).isLessThan(PROMPTLY);
      assertThat(result.succeeded().stdoutLines()).containsExactly("configmap \"fin\" deleted");
    }
    assertThat(simulator.journal().all()).filteredOn(r -> r.verb().equals("watch"))
        .singleElement().satisfies(watch -> assertThat(watch.uri())
            .contains("fieldSelector=metadata.name%3Dfin", "allowWatchBookmarks=true"));
    isGone(kubectl, "fin");
  }

  @Test
  void waitForDeleteOfAPodReturnsWhenItsFinalizerGoes(Kubectl kubectl,
      KubeSimulator simulator) {
    kubectl.runWithInput(Manifests.pod("web", "example.com/hold"), "create", "-f", "-",
        "--validate=false").succeeded();
    assertThat(kubectl.run("delete", "pod", "web", "--wait=false").succeeded().stdoutLines())
        .containsExactly("pod \"web\" deleted");

    try (RunningProcess wait = kubectl.start("wait", "--for=delete", "pod/web",
        "--timeout=30s")) {
      Eventually.watchesOpened(simulator, "pods", 1);
      kubectl.replace("pod", "web", pod -> pod.with("metadata").remove("finalizers"));

      assertThat(wait.awaitExit().succeeded().stdoutLines())
          .containsExactly("pod/web condition met");
    }
  }

  @ParameterizedTest(name = "--cascade={0} leaves the dependent {1}")
  @CsvSource({"background, deleted", "foreground, deleted", "orphan, without owner"})
  void cascadeDecidesWhatHappensToDependents(String cascade, String dependent, Kubectl kubectl) {
    kubectl.runWithInput(configMap("owner"), "create", "-f", "-", "--validate=false")
        .succeeded();
    String ownerUid = kubectl.json("get", "configmap", "owner").at("/metadata/uid").asText();
    kubectl.runWithInput(Manifests.ownedConfigMap("dependent", "owner", ownerUid), "create",
        "-f", "-", "--validate=false").succeeded();

    assertThat(kubectl.run("delete", "configmap", "owner", "--cascade=" + cascade).succeeded()
        .stdoutLines()).containsExactly("configmap \"owner\" deleted");

    isGone(kubectl, "owner");
    if (dependent.equals("deleted")) {
      Eventually.until("the dependent is collected",
          () -> kubectl.run("get", "configmap", "dependent").exitCode() == 1);
    } else {
      ObjectNode orphan = kubectl.json("get", "configmap", "dependent");
      assertThat(orphan.at("/metadata/ownerReferences").isMissingNode()
          || orphan.at("/metadata/ownerReferences").isEmpty()).as(orphan.toString()).isTrue();
    }
  }

  @Test
  void aNamespaceCreatedFromAFileIsDeletedWithWhatItHolds(Kubectl kubectl) {
    kubectl.file("team-a.yaml", Manifests.namespace("team-a"));
    kubectl.file("bar.yaml", configMap("bar"));
    assertThat(kubectl.run("create", "-f", "team-a.yaml", "--validate=false").succeeded()
        .stdoutLines()).containsExactly("namespace/team-a created");
    assertThat(kubectl.run("create", "-f", "bar.yaml", "-n", "team-a", "--validate=false")
        .succeeded().stdoutLines()).containsExactly("configmap/bar created");
    assertThat(kubectl.json("get", "namespace", "team-a").at("/status/phase").asText())
        .isEqualTo("Active");

    assertThat(kubectl.run("delete", "namespace", "team-a").succeeded().stdoutLines())
        .containsExactly("namespace \"team-a\" deleted");

    assertThat(kubectl.run("get", "namespace", "team-a").failed().stderrLines())
        .containsExactly("Error from server (NotFound): namespaces \"team-a\" not found");
    assertThat(kubectl.run("get", "configmaps", "-n", "team-a").succeeded().stderrLines())
        .containsExactly("No resources found in team-a namespace.");
  }

  /** The root-CA publisher puts its ConfigMap back a moment later, as upstream's does. */
  private static void onlyTheRootCaComesBack(Kubectl kubectl) {
    Eventually.until("kube-root-ca.crt is back, alone", () -> kubectl.run("get", "configmaps",
        "-o", "name").succeeded().stdoutLines().equals(List.of("configmap/kube-root-ca.crt")));
  }

  private static void barIsGone(Kubectl kubectl) {
    isGone(kubectl, "bar");
  }

  private static void isGone(Kubectl kubectl, String name) {
    assertThat(kubectl.run("get", "configmap", name).failed().stderrLines())
        .containsExactly("Error from server (NotFound): configmaps \"" + name + "\" not found");
  }
}
