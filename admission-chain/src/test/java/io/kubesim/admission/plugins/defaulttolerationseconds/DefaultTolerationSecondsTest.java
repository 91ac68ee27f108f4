package io.kubesim.admission.plugins.defaulttolerationseconds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginEnvironment;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §6.4, every case, plus the configuration and the contracts. */
class DefaultTolerationSecondsTest {

  private static final String NOT_READY_300 = "{'key':'node.kubernetes.io/not-ready',"
      + "'operator':'Exists','effect':'NoExecute','tolerationSeconds':300}";
  private static final String UNREACHABLE_300 = "{'key':'node.kubernetes.io/unreachable',"
      + "'operator':'Exists','effect':'NoExecute','tolerationSeconds':300}";
  private static final String NOT_READY_700 = NOT_READY_300.replace("300", "700");
  private static final String UNREACHABLE_700 = UNREACHABLE_300.replace("300", "700");

  private final DefaultTolerationSeconds plugin =
      new DefaultTolerationSeconds(TolerationSecondsConfiguration.defaults());

  private static ObjectNode pod(String tolerations) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'web','namespace':'default'},"
        + "'spec':{'containers':[{'name':'c','image':'nginx'}]}}");
    if (tolerations != null) {
      ((ObjectNode) pod.get("spec")).set("tolerations", Json.node(tolerations));
    }
    return pod;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("1: a pod without tolerations gets both", null,
            "[" + NOT_READY_300 + "," + UNREACHABLE_300 + "]"),
        arguments("2: an unrelated toleration is kept first",
            "[{'key':'foo','operator':'Equal','value':'bar','effect':'NoSchedule',"
                + "'tolerationSeconds':700}]",
            "[{'key':'foo','operator':'Equal','value':'bar','effect':'NoSchedule',"
                + "'tolerationSeconds':700}," + NOT_READY_300 + "," + UNREACHABLE_300 + "]"),
        arguments("3: an own not-ready toleration is kept, unreachable added",
            "[" + NOT_READY_700 + "]", "[" + NOT_READY_700 + "," + UNREACHABLE_300 + "]"),
        arguments("4: an own unreachable toleration is kept, not-ready added",
            "[" + UNREACHABLE_700 + "]", "[" + UNREACHABLE_700 + "," + NOT_READY_300 + "]"),
        arguments("5: both own tolerations leave the pod unchanged",
            "[" + NOT_READY_700 + "," + UNREACHABLE_700 + "]",
            "[" + NOT_READY_700 + "," + UNREACHABLE_700 + "]"),
        arguments("6: an empty effect matches NoExecute",
            "[{'key':'node.kubernetes.io/unreachable','operator':'Exists',"
                + "'tolerationSeconds':700}]",
            "[{'key':'node.kubernetes.io/unreachable','operator':'Exists',"
                + "'tolerationSeconds':700}," + NOT_READY_300 + "]"),
        arguments("7: a wildcard toleration covers both",
            "[{'operator':'Exists','tolerationSeconds':700}]",
            "[{'operator':'Exists','tolerationSeconds':700}]"),
        arguments("8: an empty key with effect NoSchedule covers neither",
            "[{'effect':'NoSchedule'}]",
            "[{'effect':'NoSchedule'}," + NOT_READY_300 + "," + UNREACHABLE_300 + "]"),
        arguments("operator and value do not matter for the match",
            "[{'key':'node.kubernetes.io/not-ready','operator':'Equal','value':'x',"
                + "'effect':'NoExecute'}]",
            "[{'key':'node.kubernetes.io/not-ready','operator':'Equal','value':'x',"
                + "'effect':'NoExecute'}," + UNREACHABLE_300 + "]"));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void createAddsTheMissingTolerationsAtTheEnd(String behaviour, String tolerations,
      String expected) {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web")
        .object(pod(tolerations)).build();

    plugin.admit(request, new RequestScope());

    assertThat(request.object().at("/spec/tolerations")).isEqualTo(Json.node(expected));
  }

  static Stream<Arguments> ignoredRequests() {
    return Stream.of(
        arguments("case 9: the binding subresource",
            Requests.pod(Operation.CREATE).subresource("binding").name("web").object(pod(null))),
        arguments("a resource other than pods",
            Requests.pod(Operation.CREATE).resource("", "v1", "podtemplates")
                .kind("", "v1", "PodTemplate").name("web").object(pod(null))));
  }

  @ParameterizedTest(name = "{0} is left alone")
  @MethodSource("ignoredRequests")
  void otherRequestsAreUnchanged(String behaviour, Requests requests) {
    AdmissionRequest request = requests.build();
    ObjectNode before = request.object().deepCopy();

    plugin.admit(request, new RequestScope());

    assertThat(request.object()).isEqualTo(before);
  }

  static Stream<Arguments> operations() {
    return Stream.of(arguments(Operation.CREATE, true), arguments(Operation.UPDATE, true),
        arguments(Operation.DELETE, false), arguments(Operation.CONNECT, false));
  }

  @ParameterizedTest(name = "case 10: handles {0} is {1}")
  @MethodSource("operations")
  void handlesCreateAndUpdate(Operation operation, boolean handled) {
    assertThat(plugin.handles(operation)).isEqualTo(handled);
  }

  @Test
  void anObjectThatIsNotAPodIsABadRequestNamingItsType() {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web")
        .object(Json.object("{'kind':'Service','apiVersion':'v1','metadata':{'name':'web'}}"))
        .build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(400);
    assertThat(error.getMessage()).isEqualTo("expected *api.Pod but got *core.Service");
  }

  static Stream<Arguments> configurations() {
    return Stream.of(
        arguments("no configuration: both flags default to 300", null, 300L, 300L),
        arguments("one flag given", "{'default-not-ready-toleration-seconds':60}", 60L, 300L),
        arguments("both flags given, as text too",
            "{'default-not-ready-toleration-seconds':'10',"
                + "'default-unreachable-toleration-seconds':20}", 10L, 20L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void theFlagsSetTheSeconds(String behaviour, String raw, long notReady, long unreachable) {
    DefaultTolerationSeconds configured = (DefaultTolerationSeconds) DefaultTolerationSeconds
        .factory().createFrom(raw == null ? null : Json.node(raw),
            PluginEnvironment.of(ClusterView.empty()));
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web").object(pod(null))
        .build();

    configured.admit(request, new RequestScope());

    assertThat(request.object().at("/spec/tolerations/0/tolerationSeconds").asLong())
        .isEqualTo(notReady);
    assertThat(request.object().at("/spec/tolerations/1/tolerationSeconds").asLong())
        .isEqualTo(unreachable);
  }

  static Stream<Arguments> badConfigurations() {
    return Stream.of(
        arguments("a value that is no integer", "{'default-not-ready-toleration-seconds':'5m'}",
            "invalid argument \"5m\" for \"--default-not-ready-toleration-seconds\" flag: "
                + "strconv.ParseInt: parsing \"5m\": invalid syntax"),
        arguments("a value out of range",
            "{'default-unreachable-toleration-seconds':'99999999999999999999'}",
            "invalid argument \"99999999999999999999\" for "
                + "\"--default-unreachable-toleration-seconds\" flag: strconv.ParseInt: "
                + "parsing \"99999999999999999999\": value out of range"),
        arguments("an unknown flag", "{'default-toleration-seconds':1}",
            "unknown flag: --default-toleration-seconds"));
  }

  @ParameterizedTest(name = "{0} fails at start-up")
  @MethodSource("badConfigurations")
  void badFlagsAreRejectedLikePflag(String behaviour, String raw, String message) {
    JsonNode configuration = Json.node(raw);

    assertThatThrownBy(() -> TolerationSecondsConfiguration.from(configuration))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void admitIsIdempotentOnCreateAndUpdate() {
    PluginChecks.assertIdempotent(plugin,
        Requests.pod(Operation.CREATE).name("web").object(pod(null)).build());
    PluginChecks.assertIdempotent(plugin, Requests.pod(Operation.UPDATE).name("web")
        .oldObject(pod(null)).object(pod("[" + UNREACHABLE_700 + "]")).build());
  }
}
