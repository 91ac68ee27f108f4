package io.kubesim.simulator.e2e;

import static io.kubesim.simulator.e2e.Manifests.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.acceptance.Eventually;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.ProcessResult;
import io.kubesim.simulator.kubectl.RunningProcess;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl get -w}: kubectl lists, then watches from the list's resourceVersion; each
 * change after that reaches it as one event, filtered by the selectors with upstream's
 * enter/leave semantics. As in a real cluster, listing every ConfigMap of a namespace lists
 * its {@code kube-root-ca.crt} too.
 */
@ExtendWith(KubectlExtension.class)
class WatchKubectlTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One watch scenario.
   *
   * @param behaviour the case name
   * @param given objects that exist before kubectl starts
   * @param args the kubectl command
   * @param resource the resource it watches, as the journal names it
   * @param changes what happens once kubectl watches
   * @param summary how one output line is reduced to what the case checks
   * @param expected the reduced output lines
   */
  record WatchCase(String behaviour, List<String> given, List<String> args, String resource,
      List<Consumer<Kubectl>> changes, Function<String, String> summary, List<String> expected) {

    @Override
    public String toString() {
      return behaviour;
    }
  }

  static Stream<WatchCase> watches() {
    List<String> events = List.of("get", "configmaps", "--watch", "-o", "json",
        "--output-watch-events");
    return Stream.of(
        new WatchCase("get -w prints the listed object, then a row per change",
            List.of(configMap("bar")), List.of("get", "configmaps", "--watch"), "configmaps",
            List.of(setData("bar", "v2"), delete("bar")), WatchKubectlTest::firstColumn,
            List.of("NAME", "bar", "kube-root-ca.crt", "bar", "bar")),
        new WatchCase("--output-watch-events reports ADDED, MODIFIED and DELETED",
            List.of(configMap("bar")), events, "configmaps",
            List.of(setData("bar", "v2"), delete("bar")), WatchKubectlTest::event,
            List.of("ADDED default/bar value1", listedRootCa("default"),
                "MODIFIED default/bar v2", "DELETED default/bar v2")),
        new WatchCase("objects created after the list arrive as ADDED",
            List.of(), events, "configmaps",
            List.of(create(configMap("bar")), create(configMap("baz"))), WatchKubectlTest::event,
            List.of(listedRootCa("default"), "ADDED default/bar value1",
                "ADDED default/baz value1")),
        new WatchCase("objects entering and leaving a label selector are ADDED and DELETED",
            List.of(configMap("bar", "app=demo"), configMap("other", "app=other")),
            concat(events, "-l", "app=demo"), "configmaps",
            List.of(setLabel("bar", "other"), setData("other", "v2"), setLabel("bar", "demo")),
            WatchKubectlTest::event,
            List.of("ADDED default/bar value1", "DELETED default/bar value1",
                "ADDED default/bar value1")),
        new WatchCase("a watch of one named object ignores the others",
            List.of(configMap("bar"), configMap("baz")),
            List.of("get", "configmap", "bar", "--watch", "-o", "json", "--output-watch-events"),
            "configmaps",
            List.of(setData("baz", "v2"), setData("bar", "v2"), delete("baz")),
            WatchKubectlTest::event,
            List.of("ADDED default/bar value1", "MODIFIED default/bar v2")),
        new WatchCase("a field selector on the name admits only that object",
            List.of(), concat(events, "--field-selector", "metadata.name=bar"), "configmaps",
            List.of(create(configMap("baz")), create(configMap("bar"))),
            WatchKubectlTest::event, List.of("ADDED default/bar value1")),
        new WatchCase("--watch-only leaves out the listed objects",
            List.of(configMap("bar")), concat(events, "--watch-only"), "configmaps",
            List.of(create(configMap("baz"))), WatchKubectlTest::event,
            List.of("ADDED default/baz value1")),
        new WatchCase("a finalizer makes delete a MODIFIED, and its removal the DELETED",
            List.of(Manifests.configMapWithFinalizer("fin")), events, "configmaps",
            List.of(delete("fin"), removeFinalizers("fin")), WatchKubectlTest::event,
            List.of("ADDED default/fin -", listedRootCa("default"),
                "MODIFIED default/fin - (deleting)", "DELETED default/fin - (deleting)")),
        new WatchCase("-A watches every namespace",
            List.of(Manifests.namespace("team-a")), concat(events, "-A"), "configmaps",
            List.of(create(configMap("bar")), create(Manifests.configMapIn("team-a", "baz"))),
            WatchKubectlTest::event,
            List.of(listedRootCa("default"), listedRootCa("kube-node-lease"),
                listedRootCa("kube-public"), listedRootCa("kube-system"), listedRootCa("team-a"),
                "ADDED default/bar value1", "ADDED team-a/baz -")),
        new WatchCase("a deleted namespace turns Terminating, then goes once emptied",
            List.of(Manifests.namespace("team-a"), Manifests.configMapIn("team-a", "bar")),
            List.of("get", "namespace", "team-a", "--watch", "-o", "json",
                "--output-watch-events"), "namespaces",
            List.of(kubectl -> kubectl.run("delete", "namespace", "team-a", "--wait=false")
                .succeeded()), WatchKubectlTest::event,
            // The second MODIFIED is the namespace finalizer's /finalize write, as upstream.
            List.of("ADDED /team-a -", "MODIFIED /team-a - (deleting)",
                "MODIFIED /team-a - (deleting)", "DELETED /team-a - (deleting)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("watches")
  void kubectlPrintsOneLinePerEvent(WatchCase c, Kubectl kubectl, KubeSimulator simulator) {
    if (!c.given().isEmpty()) {
      create(String.join("---\n", c.given())).accept(kubectl);
    }
    try (RunningProcess watch = kubectl.start(c.args().toArray(String[]::new))) {
      Eventually.watchesOpened(simulator, c.resource(), 1);
      c.changes().forEach(change -> change.accept(kubectl));
      watch.nextLines(c.expected().size());
      ProcessResult result = watch.stop();

      assertThat(result.stdoutLines()).as(result.toString()).map(c.summary())
          .containsExactlyElementsOf(c.expected());
    }
  }

  private static Consumer<Kubectl> create(String manifests) {
    return kubectl -> kubectl.runWithInput(manifests, "create", "-f", "-", "--validate=false")
        .succeeded();
  }

  private static Consumer<Kubectl> setData(String name, String value) {
    return kubectl -> kubectl.replace("configmap", name,
        cm -> cm.with("data").put("key1", value));
  }

  private static Consumer<Kubectl> setLabel(String name, String app) {
    return kubectl -> kubectl.replace("configmap", name,
        cm -> cm.with("metadata").with("labels").put("app", app));
  }

  private static Consumer<Kubectl> removeFinalizers(String name) {
    return kubectl -> kubectl.replace("configmap", name,
        cm -> cm.with("metadata").remove("finalizers"));
  }

  private static Consumer<Kubectl> delete(String name) {
    return kubectl -> kubectl.run("delete", "configmap", name, "--wait=false").succeeded();
  }

  private static String firstColumn(String line) {
    return line.split("\\s+")[0];
  }

  /** {@code TYPE namespace/name key1-value}, and whether the object is being deleted. */
  private static String event(String line) {
    try {
      JsonNode event = JSON.readTree(line);
      JsonNode meta = event.at("/object/metadata");
      return event.path("type").asText() + " " + meta.path("namespace").asText() + "/"
          + meta.path("name").asText() + " " + event.at("/object/data/key1").asText("-")
          + (meta.has("deletionTimestamp") ? " (deleting)" : "");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("not one JSON event per line: " + line, e);
    }
  }

  /** How the listed root-CA ConfigMap of {@code namespace} reads once {@link #event} reduced it. */
  private static String listedRootCa(String namespace) {
    return "ADDED " + namespace + "/kube-root-ca.crt -";
  }

  private static List<String> concat(List<String> args, String... more) {
    return Stream.concat(args.stream(), Stream.of(more)).toList();
  }
}
