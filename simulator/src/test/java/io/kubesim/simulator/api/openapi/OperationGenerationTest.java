package io.kubesim.simulator.api.openapi;

import static io.kubesim.simulator.api.openapi.GeneratedDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paths and operations: one per advertised verb with upstream's operation id, and on every
 * PATCH the group-version-kind and the {@code fieldValidation} parameter kubectl looks for.
 */
class OperationGenerationTest {

  static Stream<Arguments> operations() {
    return Stream.of(
        arguments("api/v1", "/api/v1/namespaces/{namespace}/configmaps/{name}", "patch",
            "patchCoreV1NamespacedConfigMap", "patch", "ConfigMap"),
        arguments("api/v1", "/api/v1/namespaces/{namespace}/configmaps", "post",
            "createCoreV1NamespacedConfigMap", "post", "ConfigMap"),
        arguments("api/v1", "/api/v1/namespaces/{namespace}/configmaps", "delete",
            "deleteCoreV1CollectionNamespacedConfigMap", "deletecollection", "ConfigMap"),
        arguments("api/v1", "/api/v1/configmaps", "get",
            "listCoreV1ConfigMapForAllNamespaces", "list", "ConfigMap"),
        arguments("api/v1", "/api/v1/namespaces/{namespace}/pods/{name}/status", "get",
            "readCoreV1NamespacedPodStatus", "get", "Pod"),
        arguments("api/v1", "/api/v1/namespaces/{namespace}/pods/{name}/exec", "get",
            "connectCoreV1GetNamespacedPodExec", "connect", "PodExecOptions"),
        arguments("api/v1", "/api/v1/namespaces/{namespace}/pods/{name}/eviction", "post",
            "createCoreV1NamespacedPodEviction", "post", "Eviction"),
        arguments("api/v1", "/api/v1/nodes/{name}", "put", "replaceCoreV1Node", "put", "Node"),
        arguments("apis/apps/v1", "/apis/apps/v1/deployments", "get",
            "listAppsV1DeploymentForAllNamespaces", "list", "Deployment"),
        arguments("apis/apps/v1", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale",
            "patch", "patchAppsV1NamespacedDeploymentScale", "patch", "Scale"),
        arguments("apis/rbac.authorization.k8s.io/v1",
            "/apis/rbac.authorization.k8s.io/v1/clusterroles/{name}", "delete",
            "deleteRbacAuthorizationV1ClusterRole", "delete", "ClusterRole"),
        arguments("apis/flowcontrol.apiserver.k8s.io/v1",
            "/apis/flowcontrol.apiserver.k8s.io/v1/flowschemas/{name}", "get",
            "readFlowcontrolApiserverV1FlowSchema", "get", "FlowSchema"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("operations")
  void eachAdvertisedVerbHasAnOperationNamedAsUpstream(String document, String path,
      String method, String operationId, String action, String kind) {
    JsonNode operation = document(document).path("paths").path(path).path(method);

    assertThat(operation.path("operationId").asText()).isEqualTo(operationId);
    assertThat(operation.path("x-kubernetes-action").asText()).isEqualTo(action);
    assertThat(operation.path("x-kubernetes-group-version-kind").path("kind").asText())
        .isEqualTo(kind);
  }

  /** kubectl checks only the first PATCH it meets for a kind, so every one must qualify. */
  @TestFactory
  Stream<DynamicTest> everyPatchOperationOffersFieldValidation() {
    return GeneratedDocuments.all().entrySet().stream().map(document ->
        DynamicTest.dynamicTest(document.getKey(), () -> {
          List<String> missing = new ArrayList<>();
          JsonNode paths = document.getValue().path("paths");
          for (Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode patch = path.getValue().path("patch");
            if (!patch.isMissingNode() && !isConnect(patch)
                && !hasQuery(patch, "fieldValidation")) {
              missing.add(path.getKey());
            }
          }
          assertThat(missing).isEmpty();
        }));
  }

  static Stream<Arguments> patchBodies() {
    return Stream.of(
        arguments("api/v1", "/api/v1/namespaces/{namespace}/configmaps/{name}"),
        arguments("api/v1", "/api/v1/namespaces/{name}"),
        arguments("apis/apps/v1", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("patchBodies")
  void builtInKindsAcceptStrategicMergePatchSoApplyComputesOne(String document, String path) {
    JsonNode content = document(document).path("paths").path(path).path("patch")
        .path("requestBody").path("content");

    assertThat(content.fieldNames()).toIterable().containsExactly(
        "application/apply-patch+yaml", "application/json-patch+json",
        "application/merge-patch+json", "application/strategic-merge-patch+json");
    assertThat(content.path("application/strategic-merge-patch+json").path("schema")
        .path("$ref").asText())
        .isEqualTo("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch");
  }

  static Stream<Arguments> absentPaths() {
    return Stream.of(
        arguments("cluster-scoped kinds have no namespaced path",
            "apis/rbac.authorization.k8s.io/v1",
            "/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/clusterroles"),
        arguments("create-only reviews have no object path", "apis/authorization.k8s.io/v1",
            "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews/{name}"),
        arguments("namespaces have no deletecollection", "api/v1", "/api/v1/namespaces#delete"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("absentPaths")
  void unservedVerbsAndScopesHaveNoOperation(String behaviour, String document, String path) {
    String[] parts = path.split("#");
    JsonNode item = document(document).path("paths").path(parts[0]);

    assertThat((parts.length == 1 ? item : item.path(parts[1])).isMissingNode()).isTrue();
  }

  static Stream<Arguments> groupVersions() {
    return Stream.of(
        arguments("", "v1", "CoreV1"),
        arguments("apps", "v1", "AppsV1"),
        arguments("rbac.authorization.k8s.io", "v1", "RbacAuthorizationV1"),
        arguments("flowcontrol.apiserver.k8s.io", "v1", "FlowcontrolApiserverV1"),
        arguments("resource.k8s.io", "v1beta2", "ResourceV1beta2"));
  }

  @ParameterizedTest(name = "{0}/{1} is {2}")
  @MethodSource("groupVersions")
  void operationIdsNameTheGroupVersionInCamelCase(String group, String version, String name) {
    assertThat(OperationIds.groupVersion(group, version)).isEqualTo(name);
  }

  private static boolean isConnect(JsonNode operation) {
    return operation.path("x-kubernetes-action").asText().equals("connect");
  }

  private static boolean hasQuery(JsonNode operation, String name) {
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("name").asText().equals(name)
          && parameter.path("in").asText().equals("query")) {
        return true;
      }
    }
    return false;
  }
}
