package io.kubesim.simulator.e2e;

import static io.kubesim.simulator.e2e.Manifests.configMap;

import io.kubesim.simulator.kubectl.Kubectl;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl get -l} with equality- and set-based label selectors and
 * {@code --field-selector}, evaluated by the server, with upstream's 400 messages (which kubectl
 * wraps in its "Unable to find" sentence). The namespace's unlabelled {@code kube-root-ca.crt}
 * is selected wherever the unlabelled {@code d} is, as in a real cluster.
 */
@ExtendWith(KubectlExtension.class)
class SelectorKubectlTest {

  private static final String[] FOUR_CONFIGMAPS = {
      configMap("a", "app=web", "tier=front", "rank=1"),
      configMap("b", "app=web", "tier=back", "rank=2"),
      configMap("c", "app=db", "rank=3"),
      configMap("d")};

  static Stream<CommandCase> selections() {
    return Stream.of(
        labels("app=web", "a", "b"),
        labels("app==web", "a", "b"),
        labels("app!=web", "c", "d", "kube-root-ca.crt"),
        labels("app in (web,db)", "a", "b", "c"),
        labels("app notin (web)", "c", "d", "kube-root-ca.crt"),
        labels("tier", "a", "b"),
        labels("!tier", "c", "d", "kube-root-ca.crt"),
        labels("app=web,tier!=front", "b"),
        labels("app in (web),tier notin (back)", "a"),
        labels("rank>1", "b", "c"),
        labels("rank<2", "a"),
        fields("metadata.name=a", "a"),
        fields("metadata.name!=a", "b", "c", "d", "kube-root-ca.crt"),
        fields("metadata.name==b,metadata.namespace=default", "b"),
        CommandCase.of("label and field selectors together")
            .given(FOUR_CONFIGMAPS)
            .run("get", "configmaps", "-l", "app=web", "--field-selector", "metadata.name!=a",
                "-o", "name")
            .prints("configmap/b"),
        CommandCase.of("a namespace field selector across all namespaces")
            .given(Manifests.namespace("team-a"), FOUR_CONFIGMAPS[0],
                Manifests.configMapIn("team-a", "in-team-a"))
            .run("get", "configmaps", "-A", "--field-selector", "metadata.namespace!=default",
                "-o", "custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name")
            .prints("NAMESPACE         NAME",
                "kube-node-lease   kube-root-ca.crt",
                "kube-public       kube-root-ca.crt",
                "kube-system       kube-root-ca.crt",
                "team-a            in-team-a",
                "team-a            kube-root-ca.crt"),
        CommandCase.of("pods select on status.phase and spec.nodeName")
            .given(Manifests.pod("web"))
            .run("get", "pods", "--field-selector", "status.phase=Pending,spec.nodeName=",
                "-o", "name")
            .prints("pod/web"),
        CommandCase.of("namespaces carry their name as a label")
            .run("get", "namespaces", "-l", "kubernetes.io/metadata.name in (default,kube-system)",
                "-o", "name")
            .prints("namespace/default", "namespace/kube-system"),
        CommandCase.of("a selector matching nothing says so on standard error")
            .given(FOUR_CONFIGMAPS)
            .run("get", "configmaps", "-l", "app=none")
            .expect(0, List.of(), List.of("No resources found in default namespace.")),
        CommandCase.of("an unparsable label selector is a BadRequest")
            .run("get", "configmaps", "-l", "app in (web")
            .fails("Error from server (BadRequest): Unable to find \"/v1, Resource=configmaps\" "
                + "that match label selector \"app in (web\", field selector \"\": unable to "
                + "parse requirement: found '', expected: ',' or ')'"),
        CommandCase.of("a field configmaps cannot select on lists the ones they can")
            .run("get", "configmaps", "--field-selector", "data.key1=value1")
            .fails("Error from server (BadRequest): Unable to find \"/v1, Resource=configmaps\" "
                + "that match label selector \"\", field selector \"data.key1=value1\": "
                + "\"data.key1\" is not a known field selector: only \"metadata.name\", "
                + "\"metadata.namespace\""),
        CommandCase.of("a field pods cannot select on is not supported")
            .run("get", "pods", "--field-selector", "spec.priority=1")
            .fails("Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" "
                + "that match label selector \"\", field selector \"spec.priority=1\": "
                + "field label not supported: spec.priority"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void theServerSelectsWhatUpstreamSelects(CommandCase command, Kubectl kubectl) {
    command.check(kubectl);
  }

  private static CommandCase labels(String selector, String... names) {
    return CommandCase.of("-l '" + selector + "' selects " + String.join(", ", names))
        .given(FOUR_CONFIGMAPS)
        .run("get", "configmaps", "-l", selector, "-o", "name")
        .prints(Stream.of(names).map(n -> "configmap/" + n).toArray(String[]::new));
  }

  private static CommandCase fields(String selector, String... names) {
    return CommandCase.of("--field-selector '" + selector + "' selects " + String.join(", ", names))
        .given(FOUR_CONFIGMAPS)
        .run("get", "configmaps", "--field-selector", selector, "-o", "name")
        .prints(Stream.of(names).map(n -> "configmap/" + n).toArray(String[]::new));
  }
}
