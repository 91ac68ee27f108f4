package io.kubesim.admission.plugins.podnodeselector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 2 §2.5, every case, plus errors, configuration and the contracts. */
class PodNodeSelectorTest {

  private static final String NS = "testNamespace";
  private static final String CONFLICT = "pods \"testPod\" is forbidden: pod node label "
      + "selector conflicts with its namespace node label selector";
  private static final String NOT_WHITELISTED = "pods \"testPod\" is forbidden: pod node label "
      + "selector labels conflict with its namespace whitelist";

  private static PodNodeSelector plugin(String clusterDefault, String annotation,
      String whitelist) {
    ObjectNode entries = Json.object("{}");
    if (clusterDefault != null) {
      entries.put("clusterDefaultNodeSelector", clusterDefault);
    }
    if (whitelist != null) {
      entries.put(NS, whitelist);
    }
    ObjectNode root = Json.object("{}");
    root.set("podNodeSelectorPluginConfig", entries);
    ObjectNode namespace = Json.object("{'kind':'Namespace','metadata':{'name':'" + NS + "'}}");
    if (annotation != null) {
      ((ObjectNode) namespace.get("metadata")).putObject("annotations")
          .put(PodNodeSelector.ANNOTATION, annotation);
    }
    return new PodNodeSelector(PodNodeSelectorConfiguration.from(root),
        new InMemoryClusterView().put(KnownResources.NAMESPACES, namespace));
  }

  private static AdmissionRequest create(String nodeSelector) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'testPod','namespace':'"
        + NS + "'},'spec':{'containers':[{'name':'c','image':'nginx'}]}}");
    if (nodeSelector != null) {
      ((ObjectNode) pod.get("spec")).set("nodeSelector", Json.node(nodeSelector));
    }
    return Requests.pod(Operation.CREATE).namespace(NS).name("testPod").object(pod).build();
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        arguments("1: nothing anywhere", "", null, null, "{}", null),
        arguments("2: the cluster default applies", "infra = false", null, null, "{}",
            "{'infra':'false'}"),
        arguments("3: the namespace annotation applies, blanks trimmed", "",
            " infra = false ", null, "{}", "{'infra':'false'}"),
        arguments("4: the namespace overrides the cluster default", "infra = false",
            "infra=true", null, "{}", "{'infra':'true'}"),
        arguments("5: an empty annotation overrides the cluster default", "infra = false", "",
            null, "{}", null),
        arguments("6: the namespace's labels join the pod's", "infra = false", "infra=true",
            null, "{'env':'test'}", "{'env':'test','infra':'true'}"),
        arguments("9: a merged selector inside the whitelist", "env=dev",
            "infra=false, env = dev", "env=dev, infra=false, color=blue",
            "{'env':'dev','color':'blue'}", "{'env':'dev','color':'blue','infra':'false'}"));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("allowed")
  void theNamespaceSelectorIsMergedIntoThePod(String behaviour, String clusterDefault,
      String annotation, String whitelist, String podSelector, String merged) {
    PodNodeSelector plugin = plugin(clusterDefault, annotation, whitelist);
    AdmissionRequest request = create(podSelector);

    plugin.admit(request, new RequestScope());

    assertThat(request.object().at("/spec/nodeSelector"))
        .isEqualTo(Json.node(merged == null ? podSelector : merged));
    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> forbidden() {
    return Stream.of(
        arguments("7: the pod contradicts the namespace", "env = test", "infra=true", null,
            "{'infra':'false'}", CONFLICT),
        arguments("8: the pod contradicts one of several namespace labels", "env=dev",
            "infra=false, env = test", null, "{'env':'dev','color':'blue'}", CONFLICT),
        arguments("10: a merged label outside the whitelist", "env=dev",
            "infra=false, env = dev", "env=dev, infra=true, color=blue",
            "{'env':'dev','color':'blue'}", NOT_WHITELISTED),
        arguments("11: the cluster default outside the whitelist", "env=dev", null, "env=prd",
            "{}", NOT_WHITELISTED));
  }

  @ParameterizedTest(name = "case {0} is forbidden")
  @MethodSource("forbidden")
  void conflictsAndWhitelistViolationsAreForbidden(String behaviour, String clusterDefault,
      String annotation, String whitelist, String podSelector, String message) {
    AdmissionRequest request = create(podSelector);

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin(clusterDefault, annotation, whitelist).admit(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(403);
    assertThat(error.status().reason()).isEqualTo("Forbidden");
    assertThat(error.getMessage()).isEqualTo(message);
  }

  @Test
  void validateAloneCatchesWhatALaterPluginChanged() {
    AdmissionRequest request = create("{'infra':'false'}");

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin("", "infra=true", null).validate(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo(CONFLICT);
  }

  @Test
  void anUnnamedPodIsNotNamedInTheMessage() {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'generateName':'web-'},"
        + "'spec':{'nodeSelector':{'infra':'false'}}}");
    AdmissionRequest request = Requests.pod(Operation.CREATE).namespace(NS).object(pod).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin("", "infra=true", null).admit(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods is forbidden: pod node label selector "
        + "conflicts with its namespace node label selector");
  }

  static Stream<Arguments> serverErrors() {
    return Stream.of(
        arguments("a pair without '='", "infra", 500, "", "invalid selector: [infra]"),
        arguments("a pair with two '='", "a=b=c", 500, "", "invalid selector: [a b c]"),
        arguments("an invalid key", "bad key=x", 500, "", "<nil>: Invalid value: \"bad key\": "
            + "name part must consist of alphanumeric characters, '-', '_' or '.', and must "
            + "start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
            + "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?"
            + "[A-Za-z0-9]')"),
        arguments("an invalid value", "env=-x", 500, "", "[env]: Invalid value: \"-x\": a valid "
            + "label must be an empty string or consist of alphanumeric characters, '-', '_' or "
            + "'.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
            + "'my_value',  or '12345', regex used for validation is "
            + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"));
  }

  @ParameterizedTest(name = "{0} in the annotation is a plain 500")
  @MethodSource("serverErrors")
  void aBadAnnotationIsAPlainServerError(String behaviour, String annotation, int code,
      String reason, String message) {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin("", annotation, null).admit(create("{}"), new RequestScope()));

    assertThat(error.code()).isEqualTo(code);
    assertThat(error.status().reason()).isEqualTo(reason);
    assertThat(error.getMessage()).isEqualTo(message);
  }

  @Test
  void aMissingNamespaceIsAnInternalError() {
    PodNodeSelector plugin = new PodNodeSelector(PodNodeSelectorConfiguration.none(),
        new InMemoryClusterView());

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(create("{}"), new RequestScope()));

    assertThat(error.code()).isEqualTo(500);
    assertThat(error.status().reason()).isEqualTo("InternalError");
    assertThat(error.getMessage())
        .isEqualTo("Internal error occurred: namespace testNamespace does not exist");
  }

  static Stream<Arguments> configurations() {
    return Stream.of(
        arguments("the legacy file's top-level key in any case",
            "{'PodNodeSelectorPluginConfig':{'clusterDefaultNodeSelector':'a=b','ns1':'c=d'}}",
            "{a=b}", "{c=d}"),
        arguments("values that are not strings are skipped",
            "{'podNodeSelectorPluginConfig':{'clusterDefaultNodeSelector':'a=b','ns1':5}}",
            "{a=b}", "{}"),
        arguments("no top-level key means no configuration", "{'imagePolicy':{}}", "{}", "{}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void theConfigurationIsUpstreamsLegacyFormat(String behaviour, String raw,
      String clusterDefault, String whitelist) {
    PodNodeSelectorConfiguration configuration =
        PodNodeSelectorConfiguration.from(Json.node(raw));

    assertThat(configuration.clusterDefault()).hasToString(clusterDefault);
    assertThat(configuration.whitelists().getOrDefault("ns1", java.util.Map.of()))
        .hasToString(whitelist);
  }

  @Test
  void aMalformedConfiguredSelectorFailsAtStartup() {
    assertThatThrownBy(() -> PodNodeSelectorConfiguration.from(Json.node(
        "{'podNodeSelectorPluginConfig':{'team-a':'env'}}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("podNodeSelectorPluginConfig.team-a: invalid selector: [env]");
  }

  static Stream<Arguments> ignored() {
    return Stream.of(
        arguments("a subresource", Requests.pod(Operation.CREATE).subresource("binding")
            .object(Json.object("{'kind':'Pod','spec':{'nodeSelector':{'infra':'false'}}}"))),
        arguments("another resource", Requests.pod(Operation.CREATE)
            .resource("", "v1", "podtemplates").kind("", "v1", "PodTemplate")
            .object(Json.object("{'kind':'PodTemplate'}"))),
        arguments("an object that is not a pod", Requests.pod(Operation.CREATE)
            .object(Json.object("{'kind':'Service','spec':{}}"))));
  }

  @ParameterizedTest(name = "{0} is ignored")
  @MethodSource("ignored")
  void otherRequestsAreIgnored(String behaviour, Requests requests) {
    AdmissionRequest request = requests.namespace(NS).name("testPod").build();
    ObjectNode before = request.object().deepCopy();
    PodNodeSelector plugin = plugin("", "infra=true", null);

    plugin.admit(request, new RequestScope());
    plugin.validate(request, new RequestScope());

    assertThat(request.object()).isEqualTo(before);
  }

  static Stream<Arguments> operations() {
    return Stream.of(arguments(Operation.CREATE, true), arguments(Operation.UPDATE, false),
        arguments(Operation.DELETE, false), arguments(Operation.CONNECT, false));
  }

  @ParameterizedTest(name = "case 12: handles {0} is {1}")
  @MethodSource("operations")
  void handlesCreateOnly(Operation operation, boolean handled) {
    assertThat(plugin("", null, null).handles(operation)).isEqualTo(handled);
  }

  @Test
  void admitIsIdempotentAndValidateChangesNothing() {
    PodNodeSelector plugin = plugin("env=dev", "infra=false", null);

    PluginChecks.assertIdempotent(plugin, create("{'color':'blue'}"));
    PluginChecks.assertDoesNotMutate(plugin, create("{'color':'blue'}"));
  }
}
