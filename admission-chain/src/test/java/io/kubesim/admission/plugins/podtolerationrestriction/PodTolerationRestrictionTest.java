package io.kubesim.admission.plugins.podtolerationrestriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.pods.PodToleration;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 2 §6.5, every case, plus errors and the contracts. */
class PodTolerationRestrictionTest {

  private static final String NS = "testNamespace";
  private static final String T = "{'key':'testKey','operator':'Equal','value':'testValue',"
      + "'effect':'NoSchedule'}";
  private static final String T1 = T.replace("testValue", "testValue1");
  private static final String T2 = T.replace("testValue", "testValue2");
  private static final String MP = "{'key':'node.kubernetes.io/memory-pressure',"
      + "'operator':'Exists','effect':'NoSchedule'}";

  private static final String BEST_EFFORT = "{}";
  private static final String BURSTABLE = "{'requests':{'cpu':'500m'},'limits':{'cpu':'1'}}";
  private static final String GUARANTEED = "{'requests':{'cpu':'1','memory':'1Gi'},"
      + "'limits':{'cpu':'1','memory':'1Gi'}}";

  /** The plugin over namespace {@code testNamespace} with the given annotations. */
  private static PodTolerationRestriction plugin(String clusterDefault, String clusterWhitelist,
      String nsDefault, String nsWhitelist) {
    PodTolerationRestrictionConfiguration configuration =
        new PodTolerationRestrictionConfiguration(tolerations(clusterDefault),
            tolerations(clusterWhitelist));
    ObjectNode namespace = Json.object("{'kind':'Namespace','metadata':{'name':'" + NS + "',"
        + "'annotations':{}}}");
    ObjectNode annotations = (ObjectNode) namespace.at("/metadata/annotations");
    if (nsDefault != null) {
      annotations.put(NamespaceTolerations.DEFAULTS, nsDefault.replace('\'', '"'));
    }
    if (nsWhitelist != null) {
      annotations.put(NamespaceTolerations.WHITELIST, nsWhitelist.replace('\'', '"'));
    }
    return new PodTolerationRestriction(configuration,
        new InMemoryClusterView().put(KnownResources.NAMESPACES, namespace));
  }

  private static List<PodToleration> tolerations(String json) {
    return json == null ? List.of() : PodToleration.listOf(Json.node(json));
  }

  private static ObjectNode pod(String resources, String tolerations) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'testPod','namespace':'"
        + NS + "'},'spec':{'containers':[{'name':'c','image':'nginx'}]}}");
    ((ObjectNode) pod.at("/spec/containers/0")).set("resources", Json.node(resources));
    ((ObjectNode) pod.get("spec")).set("tolerations", Json.node(tolerations));
    return pod;
  }

  private static AdmissionRequest request(Operation operation, ObjectNode pod) {
    Requests requests = Requests.pod(operation).namespace(NS).name("testPod").object(pod);
    return operation == Operation.UPDATE ? requests.oldObject(pod.deepCopy()).build()
        : requests.build();
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        arguments("1: the cluster default applies", BEST_EFFORT, "[" + T + "]", null, null,
            null, "[]", "[" + T + "]"),
        arguments("2: an empty namespace default keeps the pod's own", BEST_EFFORT,
            "[" + T + "]", null, "[]", null, "[" + T + "]", "[" + T + "]"),
        arguments("3: a namespace default the pod already has", BEST_EFFORT, "[]", null,
            "[" + T + "]", null, "[" + T + "]", "[" + T + "]"),
        arguments("4: the namespace default applies", BEST_EFFORT, "[]", null, "[" + T + "]",
            null, "[]", "[" + T + "]"),
        arguments("5: the same key with another value is kept too", BEST_EFFORT, "[]", null,
            "[" + T + "]", null, "[" + T1 + "]", "[" + T1 + "," + T + "]"),
        arguments("6: an empty namespace default overrides the cluster default", BEST_EFFORT,
            "[" + T2 + "]", null, "[]", null, "[" + T1 + "]", "[" + T1 + "]"),
        arguments("7: a namespace default inside the namespace whitelist", BEST_EFFORT, "[]",
            null, "[" + T + "]", "[" + T + "]", "[]", "[" + T + "]"),
        arguments("8: an empty namespace default adds nothing", BEST_EFFORT, "[" + T + "]",
            null, "[]", null, "[]", "[]"),
        arguments("9: an empty namespace whitelist overrides the cluster whitelist",
            BEST_EFFORT, null, "[" + T1 + "]", null, "[]", "[" + T + "]", "[" + T + "]"),
        arguments("11: a Burstable pod also tolerates memory pressure", BURSTABLE, "[]", null,
            "[" + T + "]", "[]", "[]", "[" + MP + "," + T + "]"),
        arguments("12: tolerations with different values are not merged", BEST_EFFORT, "[]",
            null, "[]", "[]", "[" + T + "," + T1 + "]", "[" + T + "," + T1 + "]"),
        arguments("13: a Guaranteed pod also tolerates memory pressure", GUARANTEED, "[]", null,
            "[" + T + "]", "[]", "[]", "[" + MP + "," + T + "]"));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("allowed")
  void createMergesDefaultsWithinTheWhitelist(String behaviour, String resources,
      String clusterDefault, String clusterWhitelist, String nsDefault, String nsWhitelist,
      String podTolerations, String expected) {
    PodTolerationRestriction plugin = plugin(clusterDefault, clusterWhitelist, nsDefault,
        nsWhitelist);
    AdmissionRequest request = request(Operation.CREATE, pod(resources, podTolerations));

    plugin.admit(request, new RequestScope());

    assertThat(PodToleration.ofPod(request.object()))
        .containsExactlyInAnyOrderElementsOf(tolerations(expected));
    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  @Test
  void case14DefaultsAreNotAddedOnUpdate() {
    AdmissionRequest request = request(Operation.UPDATE, pod(BEST_EFFORT, "[" + T1 + "]"));

    plugin(null, null, "[" + T + "]", null).admit(request, new RequestScope());

    assertThat(request.object().at("/spec/tolerations")).isEqualTo(Json.node("[" + T1 + "]"));
  }

  @Test
  void anUpdateOfANonBestEffortPodStillAddsMemoryPressure() {
    AdmissionRequest request = request(Operation.UPDATE, pod(BURSTABLE, "[]"));

    plugin(null, null, "[" + T + "]", null).admit(request, new RequestScope());

    assertThat(request.object().at("/spec/tolerations")).isEqualTo(Json.node("[" + MP + "]"));
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("10: a namespace default outside the namespace whitelist", null, null,
            "[" + T + "]", "[" + T1 + "]", "[]", "namespace"),
        arguments("a pod toleration outside the cluster whitelist", null, "[" + T1 + "]", null,
            null, "[" + T + "]", "cluster"),
        arguments("a Burstable pod's memory-pressure toleration outside the whitelist", null,
            null, null, "[" + T + "]", "[" + T + "]", "namespace"));
  }

  @ParameterizedTest(name = "case {0} is a plain 500")
  @MethodSource("rejected")
  void tolerationsOutsideTheWhitelistAreRejected(String behaviour, String clusterDefault,
      String clusterWhitelist, String nsDefault, String nsWhitelist, String podTolerations,
      String scope) {
    String resources = behaviour.contains("Burstable") ? BURSTABLE : BEST_EFFORT;
    AdmissionRequest request = request(Operation.CREATE, pod(resources, podTolerations));
    PodTolerationRestriction plugin = plugin(clusterDefault, clusterWhitelist, nsDefault,
        nsWhitelist);

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(500);
    assertThat(error.status().reason()).isEmpty();
    assertThat(error.getMessage()).isEqualTo("pod tolerations (possibly merged with namespace "
        + "default tolerations) conflict with its " + scope + " whitelist");
  }

  static Stream<Arguments> badAnnotations() {
    return Stream.of(
        arguments("text that is no JSON", "x", 500,
            "invalid character 'x' looking for beginning of value"),
        arguments("an object instead of an array", "{}", 500,
            "json: cannot unmarshal object into Go value of type []v1.Toleration"),
        arguments("a truncated array", "[{", 500, "unexpected end of JSON input"));
  }

  @ParameterizedTest(name = "{0} is Go's decoding error")
  @MethodSource("badAnnotations")
  void aBadAnnotationIsAPlainServerError(String behaviour, String annotation, int code,
      String message) {
    AdmissionRequest request = request(Operation.CREATE, pod(BEST_EFFORT, "[]"));

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin(null, null, annotation, null).admit(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(code);
    assertThat(error.getMessage()).isEqualTo(message);
  }

  @Test
  void aMissingNamespaceIsNotFound() {
    PodTolerationRestriction plugin = new PodTolerationRestriction(
        PodTolerationRestrictionConfiguration.none(), new InMemoryClusterView());

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request(Operation.CREATE, pod(BEST_EFFORT, "[]")),
            new RequestScope()));

    assertThat(error.code()).isEqualTo(404);
    assertThat(error.getMessage()).isEqualTo("namespaces \"testNamespace\" not found");
  }

  static Stream<Arguments> ignored() {
    return Stream.of(
        arguments("a subresource", Requests.pod(Operation.UPDATE).subresource("status")),
        arguments("another resource", Requests.pod(Operation.CREATE)
            .resource("", "v1", "podtemplates").kind("", "v1", "PodTemplate")));
  }

  @ParameterizedTest(name = "{0} is ignored")
  @MethodSource("ignored")
  void otherRequestsAreIgnored(String behaviour, Requests requests) {
    ObjectNode pod = pod(BURSTABLE, "[" + T + "]");
    AdmissionRequest request = requests.namespace(NS).name("testPod").object(pod).build();
    PodTolerationRestriction plugin = plugin(null, null, "[" + T1 + "]", "[" + T1 + "]");

    plugin.admit(request, new RequestScope());
    plugin.validate(request, new RequestScope());

    assertThat(pod.at("/spec/tolerations")).isEqualTo(Json.node("[" + T + "]"));
  }

  static Stream<Arguments> operations() {
    return Stream.of(arguments(Operation.CREATE, true), arguments(Operation.UPDATE, true),
        arguments(Operation.DELETE, false), arguments(Operation.CONNECT, false));
  }

  @ParameterizedTest(name = "case 15: handles {0} is {1}")
  @MethodSource("operations")
  void handlesCreateAndUpdate(Operation operation, boolean handled) {
    assertThat(plugin(null, null, null, null).handles(operation)).isEqualTo(handled);
  }

  @Test
  void admitIsIdempotentAndValidateChangesNothing() {
    PodTolerationRestriction plugin = plugin("[" + T2 + "]", null, "[" + T + "]", null);

    PluginChecks.assertIdempotent(plugin, request(Operation.CREATE, pod(BURSTABLE, "[]")));
    PluginChecks.assertDoesNotMutate(plugin, request(Operation.CREATE,
        pod(BURSTABLE, "[" + T1 + "]")));
  }
}
