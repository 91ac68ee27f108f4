package io.kubesim.admission.plugins.namespaceexists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusDetails;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.BrokenClusterView;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §13.3, every case. */
class NamespaceExistsTest {

  private static final String POD = "{'kind':'Pod','metadata':{'name':'123','namespace':'test'}}";

  private static ClusterView withNamespace(String name, String phase) {
    return new InMemoryClusterView().put(KnownResources.NAMESPACES, Json.object(
        "{'kind':'Namespace','metadata':{'name':'" + name + "'},'status':{'phase':'" + phase
            + "'}}"));
  }

  private static Requests pod(Operation operation, String namespace) {
    Requests request = Requests.pod(operation).namespace(namespace).name("123");
    return operation == Operation.DELETE ? request.oldObject(Json.object(POD))
        : request.object(Json.object(POD));
  }

  static Stream<Arguments> admitted() {
    return Stream.of(
        arguments("1: a pod in an existing namespace", withNamespace("test", "Active"),
            pod(Operation.CREATE, "test")),
        arguments("a pod in a terminating namespace, which still exists",
            withNamespace("test", "Terminating"), pod(Operation.CREATE, "test")),
        arguments("4: a cluster-scoped object", BrokenClusterView.nope(),
            Requests.pod(Operation.CREATE).kind("", "v1", "Node").resource("", "v1", "nodes")
                .namespace("").name("n1").object(Json.object("{'kind':'Node'}"))),
        arguments("5: a request on a Namespace", BrokenClusterView.nope(),
            Requests.pod(Operation.UPDATE).kind("", "v1", "Namespace")
                .resource("", "v1", "namespaces").namespace("test").name("test")
                .object(Json.object("{'kind':'Namespace'}"))));
  }

  @ParameterizedTest(name = "case {0} is admitted")
  @MethodSource("admitted")
  void admits(String behaviour, ClusterView cluster, Requests request) {
    assertThatCode(() -> new NamespaceExists(cluster).validate(request.build(),
        new RequestScope())).doesNotThrowAnyException();
  }

  @Test
  void case2ALookupFailureIsAnInternalError() {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> new NamespaceExists(BrokenClusterView.nope())
            .validate(pod(Operation.CREATE, "test").build(), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("Internal error occurred: nope, out of luck");
    assertThat(error.code()).isEqualTo(500);
    assertThat(error.status().reason()).isEqualTo("InternalError");
  }

  @ParameterizedTest(name = "case 3: {0} in a missing namespace is upstream''s 404")
  @EnumSource(value = Operation.class, names = {"CREATE", "UPDATE", "DELETE"})
  void case3AMissingNamespaceIsNotFound(Operation operation) {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> new NamespaceExists(new InMemoryClusterView())
            .validate(pod(operation, "x").build(), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("namespaces \"x\" not found");
    assertThat(error.code()).isEqualTo(404);
    assertThat(error.status().details()).isEqualTo(StatusDetails.of("x", "", "namespaces"));
  }

  @ParameterizedTest(name = "handles {0} unless it is CONNECT")
  @EnumSource(Operation.class)
  void handlesEveryOperationButConnect(Operation operation) {
    assertThat(new NamespaceExists(new InMemoryClusterView()).handles(operation))
        .isEqualTo(operation != Operation.CONNECT);
  }

  @Test
  void validationChangesNothing() {
    PluginChecks.assertDoesNotMutate(new NamespaceExists(new InMemoryClusterView()),
        pod(Operation.CREATE, "x").build());
  }
}
