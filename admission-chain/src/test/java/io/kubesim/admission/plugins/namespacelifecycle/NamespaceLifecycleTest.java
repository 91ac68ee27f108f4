package io.kubesim.admission.plugins.namespacelifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusCause;
import io.kubesim.admission.status.StatusDetails;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.BrokenClusterView;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §14.4, every case (released behaviour: UPDATE in a missing namespace is a 404). */
class NamespaceLifecycleTest {

  private static final String POD = "{'kind':'Pod','metadata':{'name':'123','namespace':'test'},"
      + "'spec':{'containers':[{'name':'ctr','image':'image'}]}}";

  static ObjectNode namespace(String name, String phase) {
    return Json.object("{'apiVersion':'v1','kind':'Namespace','metadata':{'name':'" + name
        + "'},'status':{'phase':'" + phase + "'}}");
  }

  private static ClusterView with(ObjectNode... namespaces) {
    InMemoryClusterView view = new InMemoryClusterView();
    for (ObjectNode ns : namespaces) {
      view.put(KnownResources.NAMESPACES, ns);
    }
    return view;
  }

  private static Requests pod(Operation operation) {
    Requests request = Requests.pod(operation).namespace("test").name("123");
    return operation == Operation.DELETE ? request.oldObject(Json.object(POD))
        : request.object(Json.object(POD)).oldObject(
            operation == Operation.UPDATE ? Json.object(POD) : null);
  }

  private static Requests namespaceDeletion(String name) {
    return Requests.pod(Operation.DELETE).kind("", "v1", "Namespace")
        .resource("", "v1", "namespaces").namespace("").name(name)
        .oldObject(namespace(name, "Active"));
  }

  static Stream<Arguments> admitted() {
    return Stream.of(
        arguments("1: a local subject access review in a namespace that cannot be read",
            BrokenClusterView.nope(), Requests.pod(Operation.CREATE).namespace("test")
                .kind("authorization.k8s.io", "v1", "LocalSubjectAccessReview")
                .resource("authorization.k8s.io", "v1", "localsubjectaccessreviews")
                .object(Json.object("{'kind':'LocalSubjectAccessReview'}"))),
        arguments("4: a pod deletion in a namespace that cannot be read",
            BrokenClusterView.nope(), pod(Operation.DELETE)),
        arguments("7: a pod creation in an active namespace",
            with(namespace("test", "Active")), pod(Operation.CREATE)),
        arguments("9: a pod update in a terminating namespace",
            with(namespace("test", "Terminating")), pod(Operation.UPDATE)),
        arguments("9: a pod deletion in a terminating namespace",
            with(namespace("test", "Terminating")), pod(Operation.DELETE)),
        arguments("9: a pod deletion in a missing namespace", with(), pod(Operation.DELETE)),
        arguments("11: deleting namespace other", with(), namespaceDeletion("other")),
        arguments("11: deleting kube-node-lease, which is not immortal", with(),
            namespaceDeletion("kube-node-lease")),
        arguments("creating a namespace, even in a broken cluster", BrokenClusterView.nope(),
            Requests.pod(Operation.CREATE).kind("", "v1", "Namespace")
                .resource("", "v1", "namespaces").namespace("").name("fresh")
                .object(namespace("fresh", "Active"))),
        arguments("13: creating a cluster-scoped object", with(),
            Requests.pod(Operation.CREATE).kind("rbac.authorization.k8s.io", "v1", "ClusterRole")
                .resource("rbac.authorization.k8s.io", "v1", "clusterroles").namespace("")
                .name("reader").object(Json.object("{'kind':'ClusterRole'}"))));
  }

  @ParameterizedTest(name = "case {0} is admitted")
  @MethodSource("admitted")
  void admits(String behaviour, ClusterView cluster, Requests request) {
    NamespaceLifecycle plugin = new NamespaceLifecycle(cluster);

    assertThatCode(() -> plugin.admit(request.build(), new RequestScope()))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> denied() {
    String internal = "Internal error occurred: nope, out of luck";
    return Stream.of(
        arguments("2: a pod creation when the namespace cannot be read",
            BrokenClusterView.nope(), pod(Operation.CREATE), 500, "InternalError", internal),
        arguments("3: a pod update when the namespace cannot be read",
            BrokenClusterView.nope(), pod(Operation.UPDATE), 500, "InternalError", internal),
        arguments("5: a pod creation in a namespace that was fully deleted", with(),
            pod(Operation.CREATE), 404, "NotFound", "namespaces \"test\" not found"),
        arguments("6: a pod update in a namespace that was fully deleted", with(),
            pod(Operation.UPDATE), 404, "NotFound", "namespaces \"test\" not found"),
        arguments("10: deleting namespace default", with(), namespaceDeletion("default"), 403,
            "Forbidden", "namespaces \"default\" is forbidden: this namespace may not be deleted"),
        arguments("10: deleting namespace kube-system", with(), namespaceDeletion("kube-system"),
            403, "Forbidden",
            "namespaces \"kube-system\" is forbidden: this namespace may not be deleted"),
        arguments("10: deleting namespace kube-public", with(), namespaceDeletion("kube-public"),
            403, "Forbidden",
            "namespaces \"kube-public\" is forbidden: this namespace may not be deleted"),
        arguments("a binding created in a missing namespace (subresources count)", with(),
            Requests.pod(Operation.CREATE).subresource("binding").kind("", "v1", "Binding")
                .namespace("test").name("123").object(Json.object("{'kind':'Binding'}")),
            404, "NotFound", "namespaces \"test\" not found"));
  }

  @ParameterizedTest(name = "case {0} is denied")
  @MethodSource("denied")
  void denies(String behaviour, ClusterView cluster, Requests request, int code, String reason,
      String message) {
    NamespaceLifecycle plugin = new NamespaceLifecycle(cluster);

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request.build(), new RequestScope()));

    assertThat(error).as("denial").isNotNull();
    assertThat(error.getMessage()).isEqualTo(message);
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.status().reason()).isEqualTo(reason);
  }

  @Test
  void case8CreatingInATerminatingNamespaceIsForbiddenWithANamespaceTerminatingCause() {
    NamespaceLifecycle plugin = new NamespaceLifecycle(with(namespace("test", "Terminating")));

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(pod(Operation.CREATE).build(), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"123\" is forbidden: unable to create new "
        + "content in namespace test because it is being terminated");
    assertThat(error.code()).isEqualTo(403);
    assertThat(error.status().details()).isEqualTo(new StatusDetails("123", "", "pods",
        List.of(new StatusCause("NamespaceTerminating", "namespace test is being terminated",
            "metadata.namespace")), 0));
  }

  @Test
  void case12ANamespaceDeletedAMomentAgoRejectsNewContentAtOnce() {
    InMemoryClusterView cluster = new InMemoryClusterView();
    cluster.put(KnownResources.NAMESPACES, namespace("test", "Active"));
    NamespaceLifecycle plugin = new NamespaceLifecycle(cluster);

    plugin.admit(namespaceDeletion("test").build(), new RequestScope());
    cluster.put(KnownResources.NAMESPACES, namespace("test", "Terminating"));
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(pod(Operation.CREATE).build(), new RequestScope()));

    assertThat(error.code()).isEqualTo(403);
  }

  @Test
  void case7AdmittingChangesNothing() {
    AdmissionRequest request = pod(Operation.CREATE).build();
    ObjectNode before = request.object().deepCopy();

    PluginChecks.assertIdempotent(new NamespaceLifecycle(with(namespace("test", "Active"))),
        request);

    assertThat(request.object()).isEqualTo(before);
  }

  @ParameterizedTest(name = "handles {0} unless it is CONNECT")
  @EnumSource(Operation.class)
  void handlesEveryOperationButConnect(Operation operation) {
    assertThat(new NamespaceLifecycle(with()).handles(operation))
        .isEqualTo(operation != Operation.CONNECT);
  }
}
