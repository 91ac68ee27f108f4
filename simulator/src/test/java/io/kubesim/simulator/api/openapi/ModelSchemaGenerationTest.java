package io.kubesim.simulator.api.openapi;

import static io.kubesim.simulator.api.openapi.GeneratedDocuments.parse;
import static io.kubesim.simulator.api.openapi.GeneratedDocuments.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas generated from the fabric8 model classes: named as upstream names them, tagged with
 * their group-version-kind, typed field by field, with the patch strategies strategic merge patch
 * uses.
 */
class ModelSchemaGenerationTest {

  static Stream<Arguments> kinds() {
    return Stream.of(
        arguments("api/v1", "io.k8s.api.core.v1.ConfigMap", "", "v1", "ConfigMap"),
        arguments("api/v1", "io.k8s.api.core.v1.Pod", "", "v1", "Pod"),
        arguments("api/v1", "io.k8s.api.core.v1.Namespace", "", "v1", "Namespace"),
        arguments("api/v1", "io.k8s.api.core.v1.ConfigMapList", "", "v1", "ConfigMapList"),
        arguments("apis/apps/v1", "io.k8s.api.apps.v1.Deployment", "apps", "v1", "Deployment"),
        arguments("apis/apps/v1", "io.k8s.api.autoscaling.v1.Scale", "autoscaling", "v1",
            "Scale"),
        arguments("apis/rbac.authorization.k8s.io/v1", "io.k8s.api.rbac.v1.ClusterRole",
            "rbac.authorization.k8s.io", "v1", "ClusterRole"),
        arguments("apis/autoscaling/v2", "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
            "autoscaling", "v2", "HorizontalPodAutoscaler"),
        arguments("apis/apiextensions.k8s.io/v1",
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition",
            "apiextensions.k8s.io", "v1", "CustomResourceDefinition"));
  }

  @ParameterizedTest(name = "{4} in {0}")
  @MethodSource("kinds")
  void kindSchemaIsNamedAsUpstreamAndTaggedWithItsGroupVersionKind(String document,
      String name, String group, String version, String kind) {
    JsonNode schema = schema(document, name);

    assertThat(schema.path("x-kubernetes-group-version-kind")).isEqualTo(json(
        "[{\"group\":\"" + group + "\",\"kind\":\"" + kind + "\",\"version\":\"" + version
            + "\"}]"));
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("properties").has("apiVersion")).isTrue();
  }

  static Stream<Arguments> fields() {
    return Stream.of(
        arguments("ConfigMap data is a map of strings", "api/v1", "io.k8s.api.core.v1.ConfigMap",
            "data", "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}"),
        arguments("ConfigMap immutable is a boolean", "api/v1", "io.k8s.api.core.v1.ConfigMap",
            "immutable", "{\"type\":\"boolean\"}"),
        arguments("metadata refers to ObjectMeta", "api/v1", "io.k8s.api.core.v1.ConfigMap",
            "metadata", "{\"allOf\":[{\"$ref\":"
                + "\"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta\"}]}"),
        arguments("containers merge by name", "api/v1", "io.k8s.api.core.v1.PodSpec",
            "containers", "{\"type\":\"array\","
                + "\"items\":{\"$ref\":\"#/components/schemas/io.k8s.api.core.v1.Container\"},"
                + "\"x-kubernetes-patch-strategy\":\"merge\","
                + "\"x-kubernetes-patch-merge-key\":\"name\","
                + "\"x-kubernetes-list-type\":\"map\","
                + "\"x-kubernetes-list-map-keys\":[\"name\"]}"),
        arguments("volumes merge by name and retain keys", "api/v1",
            "io.k8s.api.core.v1.PodSpec", "volumes", "{\"type\":\"array\","
                + "\"items\":{\"$ref\":\"#/components/schemas/io.k8s.api.core.v1.Volume\"},"
                + "\"x-kubernetes-patch-strategy\":\"merge,retainKeys\","
                + "\"x-kubernetes-patch-merge-key\":\"name\","
                + "\"x-kubernetes-list-type\":\"map\","
                + "\"x-kubernetes-list-map-keys\":[\"name\"]}"),
        arguments("container ports merge by containerPort", "api/v1",
            "io.k8s.api.core.v1.Container", "ports", "{\"type\":\"array\","
                + "\"items\":{\"$ref\":\"#/components/schemas/io.k8s.api.core.v1.ContainerPort\"},"
                + "\"x-kubernetes-patch-strategy\":\"merge\","
                + "\"x-kubernetes-patch-merge-key\":\"containerPort\","
                + "\"x-kubernetes-list-type\":\"map\","
                + "\"x-kubernetes-list-map-keys\":[\"containerPort\"]}"),
        arguments("containerPort is an int32", "api/v1", "io.k8s.api.core.v1.ContainerPort",
            "containerPort", "{\"type\":\"integer\",\"format\":\"int32\"}"),
        arguments("finalizers are a merged set", "api/v1",
            "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "finalizers",
            "{\"type\":\"array\",\"items\":{\"type\":\"string\"},"
                + "\"x-kubernetes-patch-strategy\":\"merge\",\"x-kubernetes-list-type\":\"set\"}"),
        arguments("generation is an int64", "api/v1",
            "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "generation",
            "{\"type\":\"integer\",\"format\":\"int64\"}"),
        arguments("a service targetPort is an IntOrString", "api/v1",
            "io.k8s.api.core.v1.ServicePort", "targetPort", "{\"allOf\":[{\"$ref\":"
                + "\"#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString\"}]}"),
        arguments("resource limits are Quantities", "api/v1",
            "io.k8s.api.core.v1.ResourceRequirements", "limits", "{\"type\":\"object\","
                + "\"additionalProperties\":{\"$ref\":"
                + "\"#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity\"}}"),
        arguments("a deployment strategy retains keys", "apis/apps/v1",
            "io.k8s.api.apps.v1.DeploymentSpec", "strategy", "{\"allOf\":[{\"$ref\":"
                + "\"#/components/schemas/io.k8s.api.apps.v1.DeploymentStrategy\"}],"
                + "\"x-kubernetes-patch-strategy\":\"retainKeys\"}"),
        arguments("a deployment template is a PodTemplateSpec", "apis/apps/v1",
            "io.k8s.api.apps.v1.DeploymentSpec", "template", "{\"allOf\":[{\"$ref\":"
                + "\"#/components/schemas/io.k8s.api.core.v1.PodTemplateSpec\"}]}"),
        arguments("a CRD schema default is any JSON value", "apis/apiextensions.k8s.io/v1",
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps",
            "default", "{\"x-kubernetes-preserve-unknown-fields\":true}"),
        arguments("cluster role rules are a plain list", "apis/rbac.authorization.k8s.io/v1",
            "io.k8s.api.rbac.v1.ClusterRole", "rules", "{\"type\":\"array\","
                + "\"items\":{\"$ref\":\"#/components/schemas/io.k8s.api.rbac.v1.PolicyRule\"}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void fieldSchemaFollowsTheModelClassAndThePatchCatalog(String behaviour, String document,
      String type, String field, String expected) {
    // Descriptions come from the official client's annotations; SchemaDescriptionTest checks them.
    ObjectNode property = schema(document, type).path("properties").path(field).deepCopy();
    property.remove("description");

    assertThat(property).isEqualTo(json(expected));
  }

  static Stream<Arguments> scalarUnions() {
    return Stream.of(
        arguments("io.k8s.apimachinery.pkg.util.intstr.IntOrString",
            "{\"format\":\"int-or-string\","
                + "\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}]}"),
        arguments("io.k8s.apimachinery.pkg.api.resource.Quantity",
            "{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}"),
        arguments("io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
            "{\"type\":\"string\",\"format\":\"date-time\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalarUnions")
  void typesWithTheirOwnJsonFormAreDescribedAsUpstreamDescribesThemInV3(String name,
      String expected) {
    JsonNode schemas = GeneratedDocuments.all().values().stream()
        .map(d -> d.path("components").path("schemas"))
        .filter(s -> s.has(name)).findFirst().orElseThrow();

    ObjectNode schema = schemas.get(name).deepCopy();
    schema.remove("description");

    assertThat(schema).isEqualTo(json(expected));
  }

  private static JsonNode json(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }
}
