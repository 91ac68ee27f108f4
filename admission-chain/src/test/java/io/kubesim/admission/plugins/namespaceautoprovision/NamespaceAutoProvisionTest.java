package io.kubesim.admission.plugins.namespaceautoprovision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.ClusterWriter;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.BrokenClusterView;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §12.3, every case. */
class NamespaceAutoProvisionTest {

  private final InMemoryClusterView cluster = new InMemoryClusterView();
  private final List<ObjectNode> creates = new ArrayList<>();

  /** A writer that records each create, then hands it to {@code then}. */
  private ClusterWriter recording(ClusterWriter then) {
    return (resource, namespace, object) -> {
      assertThat(resource).isEqualTo(KnownResources.NAMESPACES);
      creates.add(object.deepCopy());
      return then.create(resource, namespace, object);
    };
  }

  private static Requests podIn(String namespace) {
    return Requests.pod(Operation.CREATE).namespace(namespace).name("123")
        .object(Json.object("{'kind':'Pod','metadata':{'name':'123'}}"));
  }

  @Test
  void case1AMissingNamespaceIsCreated() {
    new NamespaceAutoProvision(cluster, recording(cluster))
        .admit(podIn("test").build(), new RequestScope());

    assertThat(creates).containsExactly(Json.object(
        "{'apiVersion':'v1','kind':'Namespace','metadata':{'name':'test'}}"));
    assertThat(cluster.namespace("test")).isPresent();
  }

  static Stream<Arguments> noCreate() {
    return Stream.of(
        arguments("2: the namespace exists", true, podIn("test")),
        arguments("3: a dry run", false, podIn("test").dryRun(true)),
        arguments("6: a Namespace is created", false,
            Requests.pod(Operation.CREATE).kind("", "v1", "Namespace")
                .resource("", "v1", "namespaces").namespace("").name("test")
                .object(Json.object("{'kind':'Namespace','metadata':{'name':'test'}}"))),
        arguments("6: a cluster-scoped object is created", false,
            Requests.pod(Operation.CREATE).kind("", "v1", "Node").resource("", "v1", "nodes")
                .namespace("").name("n1").object(Json.object("{'kind':'Node'}"))));
  }

  @ParameterizedTest(name = "case {0}: nothing is created")
  @MethodSource("noCreate")
  void createsNothingWhenThereIsNothingToProvision(String behaviour, boolean namespaceExists,
      Requests request) {
    if (namespaceExists) {
      cluster.put(KnownResources.NAMESPACES, Json.object("{'metadata':{'name':'test'}}"));
    }

    new NamespaceAutoProvision(cluster, recording(cluster))
        .admit(request.build(), new RequestScope());

    assertThat(creates).isEmpty();
  }

  @ParameterizedTest(name = "case 4: handles {0} only if it is CREATE")
  @EnumSource(Operation.class)
  void case4HandlesCreateOnly(Operation operation) {
    assertThat(new NamespaceAutoProvision(cluster, cluster).handles(operation))
        .isEqualTo(operation == Operation.CREATE);
  }

  @Test
  void case5ANamespaceCreatedMeanwhileIsJustAsGood() {
    ClusterWriter alreadyThere = (resource, namespace, object) -> {
      throw StatusErrors.alreadyExists(resource, "test");
    };

    assertThatCode(() -> new NamespaceAutoProvision(cluster, recording(alreadyThere))
        .admit(podIn("test").build(), new RequestScope())).doesNotThrowAnyException();
    assertThat(creates).hasSize(1);
  }

  static Stream<Arguments> failures() {
    GroupResource namespaces = KnownResources.NAMESPACES;
    return Stream.of(
        arguments("a server error is wrapped in a Forbidden",
            (ClusterWriter) (r, ns, o) -> {
              throw StatusErrors.internalError("etcd is down");
            },
            "pods \"123\" is forbidden: Internal error occurred: etcd is down"),
        arguments("a Forbidden is passed on without double wrapping",
            (ClusterWriter) (r, ns, o) -> {
              throw StatusErrors.forbidden(namespaces, "test", "no namespaces for you");
            },
            "namespaces \"test\" is forbidden: no namespaces for you"),
        arguments("a plain failure is wrapped in a Forbidden",
            (ClusterWriter) (r, ns, o) -> {
              throw new IllegalStateException("connection refused");
            },
            "pods \"123\" is forbidden: connection refused"),
        arguments("an environment that cannot write",
            ClusterWriter.readOnly(),
            "pods \"123\" is forbidden: create is not supported on resources of kind "
                + "\"namespaces\""));
  }

  @ParameterizedTest(name = "case 7: {0}")
  @MethodSource("failures")
  void case7AFailedCreateIsForbidden(String behaviour, ClusterWriter writer, String message) {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> new NamespaceAutoProvision(cluster, writer)
            .admit(podIn("test").build(), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo(message);
    assertThat(error.code()).isEqualTo(403);
  }

  @Test
  void aLookupFailureIsForbidden() {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> new NamespaceAutoProvision(BrokenClusterView.nope(), recording(cluster))
            .admit(podIn("test").build(), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"123\" is forbidden: nope, out of luck");
    assertThat(creates).isEmpty();
  }

  @Test
  void admittingNeverChangesTheObjectAndCreatesOnce() {
    PluginChecks.assertIdempotent(new NamespaceAutoProvision(cluster, recording(cluster)),
        podIn("test").build());

    assertThat(creates).hasSize(1);
  }
}
