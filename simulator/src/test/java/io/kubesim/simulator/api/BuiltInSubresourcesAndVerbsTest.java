package io.kubesim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.GroupVersionKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInSubresourcesAndVerbsTest {

  private static final BuiltInResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();
  private static final List<String> READ_WRITE = List.of("get", "patch", "update");

  static Stream<Arguments> subresources() {
    return Stream.of(
        arguments("pods/log", gvk("", "v1", "Pod"), List.of("get")),
        arguments("pods/exec", gvk("", "v1", "PodExecOptions"), List.of("create", "get")),
        arguments("pods/eviction", gvk("policy", "v1", "Eviction"), List.of("create")),
        arguments("pods/binding", gvk("", "v1", "Binding"), List.of("create")),
        arguments("pods/resize", gvk("", "v1", "Pod"), READ_WRITE),
        arguments(
            "pods/proxy",
            gvk("", "v1", "PodProxyOptions"),
            List.of("create", "delete", "get", "patch", "update")),
        arguments(
            "nodes/proxy",
            gvk("", "v1", "NodeProxyOptions"),
            List.of("create", "delete", "get", "patch", "update")),
        arguments("namespaces/finalize", gvk("", "v1", "Namespace"), List.of("update")),
        arguments(
            "serviceaccounts/token",
            gvk("authentication.k8s.io", "v1", "TokenRequest"),
            List.of("create")),
        arguments("replicationcontrollers/scale", gvk("autoscaling", "v1", "Scale"), READ_WRITE),
        arguments("deployments.apps/scale", gvk("autoscaling", "v1", "Scale"), READ_WRITE),
        arguments("deployments.apps/status", gvk("apps", "v1", "Deployment"), READ_WRITE),
        arguments(
            "certificatesigningrequests.certificates.k8s.io/approval",
            gvk("certificates.k8s.io", "v1", "CertificateSigningRequest"),
            READ_WRITE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subresources")
  void subresourcesAnswerWithUpstreamKindAndVerbs(
      String path, GroupVersionKind kind, List<String> verbs) {
    String[] parts = path.split("/");
    ResourceType parent = preferred(parts[0]);

    Subresource sub =
        REGISTRY.subresources(parent).stream()
            .filter(s -> s.name().equals(parts[1]))
            .findFirst()
            .orElseThrow();

    assertThat(sub.responseKind()).isEqualTo(kind);
    assertThat(sub.verbs()).isEqualTo(verbs);
  }

  static Stream<Arguments> verbs() {
    List<String> standard =
        List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");
    return Stream.of(
        arguments("configmaps", standard),
        arguments("services", standard),
        arguments(
            "namespaces", List.of("create", "delete", "get", "list", "patch", "update", "watch")),
        arguments("componentstatuses", List.of("get", "list")),
        arguments("bindings", List.of("create")),
        arguments("tokenreviews.authentication.k8s.io", List.of("create")),
        arguments("selfsubjectreviews.authentication.k8s.io", List.of("create")),
        arguments("localsubjectaccessreviews.authorization.k8s.io", List.of("create")),
        arguments("subjectaccessreviews.authorization.k8s.io", List.of("create")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verbs")
  void resourcesAdvertiseUpstreamVerbs(String resource, List<String> verbs) {
    assertThat(preferred(resource).verbs()).isEqualTo(verbs);
  }

  static Stream<Arguments> storageVersions() {
    return Stream.of(
        arguments("pods", Optional.of(gvk("", "v1", "Pod"))),
        arguments("events.events.k8s.io", Optional.of(gvk("", "v1", "Event"))),
        arguments(
            "ipaddresses.networking.k8s.io",
            Optional.of(gvk("networking.k8s.io", "v1beta1", "IPAddress"))),
        arguments("tokenreviews.authentication.k8s.io", Optional.empty()),
        arguments("componentstatuses", Optional.empty()),
        arguments("bindings", Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storageVersions")
  void typesAreStoredAsUpstreamStoresThemAndReviewsNotAtAll(
      String resource, Optional<GroupVersionKind> storage) {
    assertThat(REGISTRY.storageVersion(preferred(resource))).isEqualTo(storage);
  }

  @Test
  void bothAutoscalingVersionsShareOneStorageVersion() {
    ResourceType v1 = REGISTRY.find("autoscaling", "v1", "horizontalpodautoscalers").orElseThrow();
    ResourceType v2 = REGISTRY.find("autoscaling", "v2", "horizontalpodautoscalers").orElseThrow();

    assertThat(REGISTRY.storageVersion(v1))
        .isEqualTo(REGISTRY.storageVersion(v2))
        .contains(gvk("autoscaling", "v2", "HorizontalPodAutoscaler"));
  }

  @Test
  void typesOutsideTheRegistryGetTheCustomResourceConventions() {
    ResourceType widget =
        new ResourceType(
            "example.com",
            "v1",
            "Widget",
            "widgets",
            "widget",
            true,
            List.of("get", "list", "watch"),
            List.of(),
            List.of(),
            Set.of("status", "scale"),
            null);

    assertThat(REGISTRY.subresources(widget))
        .containsExactly(
            new Subresource("scale", gvk("autoscaling", "v1", "Scale"), READ_WRITE),
            new Subresource("status", widget.gvk(), READ_WRITE));
    assertThat(REGISTRY.storageVersion(widget)).contains(widget.gvk());
  }

  private static ResourceType preferred(String groupResource) {
    int dot = groupResource.indexOf('.');
    String plural = dot < 0 ? groupResource : groupResource.substring(0, dot);
    String group = dot < 0 ? "" : groupResource.substring(dot + 1);
    return REGISTRY.all().stream()
        .filter(t -> t.group().equals(group) && t.plural().equals(plural))
        .findFirst()
        .orElseThrow();
  }

  private static GroupVersionKind gvk(String group, String version, String kind) {
    return new GroupVersionKind(group, version, kind);
  }
}
