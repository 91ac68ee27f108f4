package io.kubesim.admission.plugins.extendedresourcetoleration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §8.3, every case, plus the resource-name rule and the contracts. */
class ExtendedResourceTolerationTest {

  private static final String EK = "example.com/device-ek";
  private static final String DO = "example.com/device-do";
  private static final String EK_TOLERATION =
      "{'key':'" + EK + "','operator':'Exists','effect':'NoSchedule'}";
  private static final String DO_TOLERATION =
      "{'key':'" + DO + "','operator':'Exists','effect':'NoSchedule'}";

  private final ExtendedResourceToleration plugin = new ExtendedResourceToleration();

  /** A pod whose containers and init containers request the given resources. */
  private static ObjectNode pod(String containerRequests, String initRequests,
      String tolerations) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'web'},'spec':{}}");
    ObjectNode spec = (ObjectNode) pod.get("spec");
    if (containerRequests != null) {
      container(spec.putArray("containers"), containerRequests);
    }
    if (initRequests != null) {
      container(spec.putArray("initContainers"), initRequests);
    }
    if (tolerations != null) {
      spec.set("tolerations", Json.node(tolerations));
    }
    return pod;
  }

  private static void container(ArrayNode list, String requests) {
    list.addObject().put("name", "c" + list.size()).put("image", "busybox")
        .putObject("resources").set("requests", Json.node(requests));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("1: an empty spec", pod(null, null, null), null),
        arguments("2: a cpu request", pod("{'cpu':'2'}", null, null), null),
        arguments("3: an init container's memory request", pod(null, "{'memory':'2048'}", null),
            null),
        arguments("4: a container's extended resource", pod("{'" + EK + "':'1'}", null, null),
            "[" + EK_TOLERATION + "]"),
        arguments("5: an init container's extended resource",
            pod(null, "{'" + DO + "':'2'}", null), "[" + DO_TOLERATION + "]"),
        arguments("6: existing tolerations are kept first",
            pod("{'cpu':'2','" + EK + "':'1'}", null,
                "[{'key':'foo','operator':'Equal','value':'bar','effect':'NoSchedule'}]"),
            "[{'key':'foo','operator':'Equal','value':'bar','effect':'NoSchedule'},"
                + EK_TOLERATION + "]"),
        arguments("7: several resources are added sorted by name",
            pod("{'memory':'2','" + EK + "':'1'}", "{'cpu':'2','" + DO + "':'2'}", null),
            "[" + DO_TOLERATION + "," + EK_TOLERATION + "]"),
        arguments("8: an identical toleration is not duplicated",
            pod("{'cpu':'2','memory':'1','" + EK + "':'1'}", null, "[" + EK_TOLERATION + "]"),
            "[" + EK_TOLERATION + "]"),
        arguments("9: a toleration of the same key with other terms is kept",
            pod("{'" + EK + "':'1'}", null,
                "[{'key':'" + EK + "','operator':'Equal','value':'foo','effect':'NoExecute'}]"),
            "[{'key':'" + EK + "','operator':'Equal','value':'foo','effect':'NoExecute'},"
                + EK_TOLERATION + "]"),
        arguments("10: a wildcard toleration does not prevent the specific one",
            pod("{'" + EK + "':'1'}", null, "[{'operator':'Exists'}]"),
            "[{'operator':'Exists'}," + EK_TOLERATION + "]"),
        arguments("a matching toleration with other seconds is replaced",
            pod("{'" + EK + "':'1'}", null, "[{'key':'" + EK + "','operator':'Exists',"
                + "'effect':'NoSchedule','tolerationSeconds':5},{'key':'other'}]"),
            "[" + EK_TOLERATION + ",{'key':'other'}]"));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void requestedExtendedResourcesAreTolerated(String behaviour, ObjectNode pod,
      String expected) {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web").object(pod).build();

    plugin.admit(request, new RequestScope());

    if (expected == null) {
      assertThat(request.object().at("/spec/tolerations").isMissingNode()).isTrue();
    } else {
      assertThat(request.object().at("/spec/tolerations")).isEqualTo(Json.node(expected));
    }
  }

  static Stream<Arguments> resourceNames() {
    return Stream.of(
        arguments(EK, true),
        arguments("nvidia.com/gpu", true),
        arguments("cpu", false),
        arguments("memory", false),
        arguments("hugepages-2Mi", false),
        arguments("kubernetes.io/foo", false),
        arguments("foo.kubernetes.io/bar", false),
        arguments("requests.example.com/foo", false),
        arguments("example.com/-bad", false));
  }

  @ParameterizedTest(name = "{0} is an extended resource: {1}")
  @MethodSource("resourceNames")
  void extendedResourceNamesFollowUpstream(String name, boolean extended) {
    assertThat(ExtendedResourceToleration.isExtendedResourceName(name)).isEqualTo(extended);
  }

  static Stream<Arguments> ignoredRequests() {
    return Stream.of(
        arguments("a subresource", Requests.pod(Operation.UPDATE).subresource("status")),
        arguments("another resource", Requests.pod(Operation.CREATE)
            .resource("", "v1", "podtemplates").kind("", "v1", "PodTemplate")));
  }

  @ParameterizedTest(name = "{0} is left alone")
  @MethodSource("ignoredRequests")
  void otherRequestsAreUnchanged(String behaviour, Requests requests) {
    ObjectNode pod = pod("{'" + EK + "':'1'}", null, null);
    AdmissionRequest request = requests.name("web").object(pod).build();

    plugin.admit(request, new RequestScope());

    assertThat(pod.at("/spec/tolerations").isMissingNode()).isTrue();
  }

  static Stream<Arguments> operations() {
    return Stream.of(arguments(Operation.CREATE, true), arguments(Operation.UPDATE, true),
        arguments(Operation.DELETE, false), arguments(Operation.CONNECT, false));
  }

  @ParameterizedTest(name = "case 11: handles {0} is {1}")
  @MethodSource("operations")
  void handlesCreateAndUpdate(Operation operation, boolean handled) {
    assertThat(plugin.handles(operation)).isEqualTo(handled);
  }

  @Test
  void anObjectThatIsNotAPodIsABadRequestNamingItsType() {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web").object(
        Json.object("{'kind':'Deployment','apiVersion':'apps/v1','metadata':{'name':'web'}}"))
        .build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(400);
    assertThat(error.getMessage()).isEqualTo("expected *core.Pod but got *apps.Deployment");
  }

  @Test
  void admitIsIdempotent() {
    PluginChecks.assertIdempotent(plugin, Requests.pod(Operation.CREATE).name("web")
        .object(pod("{'" + EK + "':'1'}", "{'" + DO + "':'1'}", "[{'operator':'Exists'}]"))
        .build());
  }
}
