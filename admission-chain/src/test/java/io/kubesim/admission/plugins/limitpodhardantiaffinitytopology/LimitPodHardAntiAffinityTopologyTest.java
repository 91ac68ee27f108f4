package io.kubesim.admission.plugins.limitpodhardantiaffinitytopology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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

/** Spec part 1 §10.3, every case, plus the message details and the contracts. */
class LimitPodHardAntiAffinityTopologyTest {

  private static final String SELECTOR = "'labelSelector':{'matchLabels':{'app':'web'}}";

  private final LimitPodHardAntiAffinityTopology plugin = new LimitPodHardAntiAffinityTopology();

  private static String term(String topologyKey) {
    return "{" + SELECTOR + ",'topologyKey':'" + topologyKey + "'}";
  }

  private static String preferred(String topologyKey) {
    return "{'weight':1,'podAffinityTerm':" + term(topologyKey) + "}";
  }

  private static ObjectNode pod(String name, String affinity) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{},'spec':{'containers':"
        + "[{'name':'c','image':'nginx'}]}}");
    if (name != null) {
      ((ObjectNode) pod.get("metadata")).put("name", name);
    }
    ((ObjectNode) pod.get("spec")).set("affinity", Json.node(affinity));
    return pod;
  }

  private static String antiAffinity(String required, String preferred) {
    StringBuilder b = new StringBuilder("{'podAntiAffinity':{");
    if (required != null) {
      b.append("'requiredDuringSchedulingIgnoredDuringExecution':[").append(required).append("]");
    }
    if (preferred != null) {
      b.append(required == null ? "" : ",")
          .append("'preferredDuringSchedulingIgnoredDuringExecution':[").append(preferred)
          .append("]");
    }
    return b.append("}}").toString();
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        arguments("1: an empty affinity", "{}"),
        arguments("2: only a preferred term with another key", antiAffinity(null, preferred("az"))),
        arguments("3: preferred az and required hostname",
            antiAffinity(term("kubernetes.io/hostname"), preferred("az"))),
        arguments("4: required hostname", antiAffinity(term("kubernetes.io/hostname"), null)),
        arguments("pod affinity with a zone key is not checked",
            "{'podAffinity':{'requiredDuringSchedulingIgnoredDuringExecution':["
                + term("topology.kubernetes.io/zone") + "]}}"));
  }

  @ParameterizedTest(name = "case {0} is allowed")
  @MethodSource("allowed")
  void hostnameOnlyRequiredTermsAreAllowed(String behaviour, String affinity) {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web")
        .object(pod("web", affinity)).build();

    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> forbidden() {
    return Stream.of(
        arguments("5: a required term with key ' zone '", "web",
            antiAffinity(term(" zone "), null),
            "pods \"web\" is forbidden: affinity.PodAntiAffinity.RequiredDuringScheduling has "
                + "TopologyKey  zone  but only key kubernetes.io/hostname is allowed"),
        arguments("6: the first offending term of several", "web",
            antiAffinity(term("kubernetes.io/hostname") + "," + term(" zone ") + ","
                + term("kubernetes.io/hostname"), null),
            "pods \"web\" is forbidden: affinity.PodAntiAffinity.RequiredDuringScheduling has "
                + "TopologyKey  zone  but only key kubernetes.io/hostname is allowed"),
        arguments("a zone key on a named pod", "web-0",
            antiAffinity(term("topology.kubernetes.io/zone"), null),
            "pods \"web-0\" is forbidden: affinity.PodAntiAffinity.RequiredDuringScheduling "
                + "has TopologyKey topology.kubernetes.io/zone but only key "
                + "kubernetes.io/hostname is allowed"),
        arguments("an unnamed pod (generateName) is not named", null,
            antiAffinity(term("zone"), null),
            "pods is forbidden: affinity.PodAntiAffinity.RequiredDuringScheduling has "
                + "TopologyKey zone but only key kubernetes.io/hostname is allowed"));
  }

  @ParameterizedTest(name = "case {0} is forbidden")
  @MethodSource("forbidden")
  void otherRequiredTopologyKeysAreForbidden(String behaviour, String name, String affinity,
      String message) {
    AdmissionRequest request = Requests.pod(Operation.CREATE)
        .object(pod(name, affinity)).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(403);
    assertThat(error.status().reason()).isEqualTo("Forbidden");
    assertThat(error.getMessage()).isEqualTo(message);
  }

  static Stream<Arguments> ignored() {
    return Stream.of(
        arguments("7: kind Foo, resource foos",
            Requests.pod(Operation.CREATE).kind("", "v1", "Foo").resource("", "v1", "foos")),
        arguments("8: the eviction subresource",
            Requests.pod(Operation.CREATE).subresource("eviction")));
  }

  @ParameterizedTest(name = "case {0} is ignored")
  @MethodSource("ignored")
  void otherResourcesAndSubresourcesAreIgnored(String behaviour, Requests requests) {
    AdmissionRequest request = requests.name("web")
        .object(pod("web", antiAffinity(term(" zone "), null))).build();

    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  @Test
  void case9AnObjectThatIsNotAPodIsABadRequest() {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web")
        .object(Json.object("{'kind':'Service','metadata':{'name':'web'}}")).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(400);
    assertThat(error.getMessage())
        .isEqualTo("Resource was marked with kind Pod but was unable to be converted");
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
  void validateChangesNothing() {
    PluginChecks.assertDoesNotMutate(plugin, Requests.pod(Operation.CREATE).name("web")
        .object(pod("web", antiAffinity(term("zone"), null))).build());
  }
}
