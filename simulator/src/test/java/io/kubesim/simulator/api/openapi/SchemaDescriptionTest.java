package io.kubesim.simulator.api.openapi;

import static io.kubesim.simulator.api.openapi.GeneratedDocuments.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.EventsV1Event;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1JSONSchemaProps;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodList;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.swagger.annotations.ApiModel;
import io.swagger.annotations.ApiModelProperty;
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
 * Types and fields carry upstream's descriptions, as the official client's model annotations
 * hold them (read here straight from the annotations, never copied); types the client does not
 * describe keep their structure without one.
 */
class SchemaDescriptionTest {

  private static final String CORE = "io.k8s.api.core.v1.";
  private static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";
  private static final String EXTENSIONS =
      "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.";

  static Stream<Arguments> types() {
    return Stream.of(
        arguments("api/v1", CORE + "Pod", model(V1Pod.class)),
        arguments("api/v1", CORE + "PodSpec", model(V1PodSpec.class)),
        arguments("api/v1", CORE + "PodList", model(V1PodList.class)),
        arguments("api/v1", META + "ObjectMeta", model(V1ObjectMeta.class)),
        arguments("api/v1", CORE + "Event", model(CoreV1Event.class)),
        arguments("apis/events.k8s.io/v1", "io.k8s.api.events.v1.Event",
            model(EventsV1Event.class)),
        arguments("apis/apps/v1", "io.k8s.api.apps.v1.Deployment", model(V1Deployment.class)),
        arguments("apis/autoscaling/v2", "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
            model(V2HorizontalPodAutoscaler.class)),
        // The client keeps these types' descriptions on the fields that hold them.
        arguments("api/v1", "io.k8s.apimachinery.pkg.util.intstr.IntOrString",
            getter(V1ServicePort.class, "getTargetPort")),
        arguments("api/v1", "io.k8s.apimachinery.pkg.api.resource.Quantity",
            getter(V1EmptyDirVolumeSource.class, "getSizeLimit")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("types")
  void typeCarriesTheDescriptionOfItsClientModel(String document, String name,
      String annotated) {
    assertThat(schema(document, name).path("description").asText())
        .isNotBlank().isEqualTo(annotated);
  }

  static Stream<Arguments> fields() {
    return Stream.of(
        arguments("api/v1", CORE + "PodSpec", "containers",
            getter(V1PodSpec.class, "getContainers")),
        arguments("api/v1", META + "ObjectMeta", "name", getter(V1ObjectMeta.class, "getName")),
        arguments("apis/apps/v1", "io.k8s.api.apps.v1.DeploymentSpec", "replicas",
            getter(V1DeploymentSpec.class, "getReplicas")),
        arguments("apis/events.k8s.io/v1", "io.k8s.api.events.v1.Event", "note",
            getter(EventsV1Event.class, "getNote")),
        // The generator escapes JSON names that are not Java names; the pairing undoes it.
        arguments("apis/apiextensions.k8s.io/v1", EXTENSIONS + "JSONSchemaProps", "default",
            getter(V1JSONSchemaProps.class, "getDefault")),
        arguments("apis/apiextensions.k8s.io/v1", EXTENSIONS + "JSONSchemaProps",
            "x-kubernetes-preserve-unknown-fields",
            getter(V1JSONSchemaProps.class, "getxKubernetesPreserveUnknownFields")));
  }

  @ParameterizedTest(name = "{1}.{2}")
  @MethodSource("fields")
  void fieldCarriesTheDescriptionOfItsClientModelGetter(String document, String name,
      String field, String annotated) {
    assertThat(schema(document, name).path("properties").path(field).path("description")
        .asText()).isNotBlank().isEqualTo(annotated);
  }

  static Stream<Arguments> fieldsTheClientDoesNotDescribe() {
    return Stream.of(
        // The client drops the description of a field that refers to another model...
        arguments("api/v1", CORE + "Pod", "spec"),
        arguments("apis/apiextensions.k8s.io/v1", EXTENSIONS + "JSONSchemaProps", "$ref"),
        // ...and puts IntOrString's own description on a field of that type.
        arguments("api/v1", CORE + "ServicePort", "targetPort"),
        arguments("api/v1", CORE + "EmptyDirVolumeSource", "sizeLimit"));
  }

  @ParameterizedTest(name = "{1}.{2}")
  @MethodSource("fieldsTheClientDoesNotDescribe")
  void fieldTheClientDoesNotDescribeKeepsItsStructureWithoutDescription(String document,
      String name, String field) {
    JsonNode property = schema(document, name).path("properties").path(field);

    assertThat(property.has("description")).isFalse();
    assertThat(property.isEmpty()).isFalse();
  }

  static Stream<Arguments> undescribed() {
    return Stream.of(
        // The client maps these to plain Java types, which say nothing.
        arguments(META + "MicroTime", "format"),
        arguments(META + "FieldsV1", "type"),
        // Upstream has no such type: fabric8 adds it for a field of several JSON shapes.
        arguments(EXTENSIONS + "JSONSchemaPropsOrBool", "x-kubernetes-preserve-unknown-fields"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undescribed")
  void typeTheClientDoesNotDescribeKeepsItsStructureWithoutDescription(String name,
      String structureField) {
    JsonNode schema = GeneratedDocuments.all().values().stream()
        .map(d -> d.path("components").path("schemas").path(name))
        .filter(s -> !s.isMissingNode()).findFirst().orElseThrow();

    assertThat(schema.has("description")).isFalse();
    assertThat(schema.has(structureField)).isTrue();
  }

  private static String model(Class<?> model) {
    return model.getAnnotation(ApiModel.class).description();
  }

  private static String getter(Class<?> model, String getter) {
    try {
      return model.getMethod(getter).getAnnotation(ApiModelProperty.class).value();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Every kind of every document is described, so none of them is lost to a naming rule. */
  @TestFactory
  Stream<DynamicTest> everyKindAndItsApiVersionFieldAreDescribed() {
    return GeneratedDocuments.all().entrySet().stream().map(document ->
        DynamicTest.dynamicTest(document.getKey(), () -> {
          List<String> undescribed = new ArrayList<>();
          for (Map.Entry<String, JsonNode> schema
              : document.getValue().path("components").path("schemas").properties()) {
            JsonNode kind = schema.getValue();
            if (kind.has("x-kubernetes-group-version-kind")
                && (!kind.has("description")
                    || !kind.path("properties").path("apiVersion").has("description"))) {
              undescribed.add(schema.getKey());
            }
          }
          assertThat(undescribed).isEmpty();
        }));
  }
}
