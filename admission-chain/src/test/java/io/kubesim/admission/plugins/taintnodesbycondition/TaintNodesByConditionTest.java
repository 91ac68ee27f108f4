package io.kubesim.admission.plugins.taintnodesbycondition;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Upstream's {@code Test_nodeTaints} cases for the released plugin, plus the contracts. */
class TaintNodesByConditionTest {

  private static final String NOT_READY =
      "{'key':'node.kubernetes.io/not-ready','effect':'NoSchedule'}";

  private final TaintNodesByCondition plugin = new TaintNodesByCondition();

  private static Requests nodeCreate(ObjectNode node) {
    return Requests.pod(Operation.CREATE).kind("", "v1", "Node").resource("", "v1", "nodes")
        .namespace("").name("mynode").object(node);
  }

  private static ObjectNode node(String spec, String status) {
    ObjectNode node = Json.object("{'kind':'Node','apiVersion':'v1',"
        + "'metadata':{'name':'mynode'}}");
    if (spec != null) {
      node.set("spec", Json.node(spec));
    }
    if (status != null) {
      node.set("status", Json.node(status));
    }
    return node;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("the not-ready taint is added on creation", node(null, null),
            "[" + NOT_READY + "]"),
        arguments("an already tainted node is not tainted again",
            node("{'taints':[" + NOT_READY + "]}", null), "[" + NOT_READY + "]"),
        arguments("an unready node gets the taint as well",
            node(null, "{'conditions':[{'type':'Ready','status':'False'}]}"),
            "[" + NOT_READY + "]"),
        arguments("other taints are kept first",
            node("{'taints':[{'key':'dedicated','value':'gpu','effect':'NoSchedule'}]}", null),
            "[{'key':'dedicated','value':'gpu','effect':'NoSchedule'}," + NOT_READY + "]"),
        arguments("a not-ready taint with another value still matches",
            node("{'taints':[{'key':'node.kubernetes.io/not-ready','value':'x',"
                + "'effect':'NoSchedule'}]}", null),
            "[{'key':'node.kubernetes.io/not-ready','value':'x','effect':'NoSchedule'}]"),
        arguments("a not-ready taint with another effect does not match",
            node("{'taints':[{'key':'node.kubernetes.io/not-ready','effect':'NoExecute'}]}",
                null),
            "[{'key':'node.kubernetes.io/not-ready','effect':'NoExecute'}," + NOT_READY + "]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void newNodesCarryTheNotReadyTaint(String behaviour, ObjectNode node, String taints) {
    AdmissionRequest request = nodeCreate(node).build();

    plugin.admit(request, new RequestScope());

    assertThat(request.object().at("/spec/taints")).isEqualTo(Json.node(taints));
  }

  static Stream<Arguments> ignored() {
    return Stream.of(
        arguments("the status subresource", nodeCreate(node(null, null)).subresource("status")),
        arguments("a pod", Requests.pod(Operation.CREATE).name("web")
            .object(Json.object("{'kind':'Pod','metadata':{'name':'web'}}"))));
  }

  @ParameterizedTest(name = "{0} is left alone")
  @MethodSource("ignored")
  void otherRequestsAreUnchanged(String behaviour, Requests requests) {
    AdmissionRequest request = requests.build();
    ObjectNode before = request.object().deepCopy();

    plugin.admit(request, new RequestScope());

    assertThat(request.object()).isEqualTo(before);
  }

  @Test
  void anObjectThatIsNotANodeIsForbiddenNamingItsType() {
    AdmissionRequest request = nodeCreate(
        Json.object("{'kind':'Pod','apiVersion':'v1','metadata':{'name':'mynode'}}")).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(403);
    assertThat(error.getMessage())
        .isEqualTo("nodes \"mynode\" is forbidden: unexpected type *core.Pod");
  }

  static Stream<Arguments> operations() {
    return Stream.of(arguments(Operation.CREATE, true), arguments(Operation.UPDATE, false),
        arguments(Operation.DELETE, false), arguments(Operation.CONNECT, false));
  }

  @ParameterizedTest(name = "handles {0} is {1}")
  @MethodSource("operations")
  void handlesCreateOnly(Operation operation, boolean handled) {
    assertThat(plugin.handles(operation)).isEqualTo(handled);
  }

  @Test
  void admitIsIdempotent() {
    PluginChecks.assertIdempotent(plugin, nodeCreate(node(null, null)).build());
  }
}
