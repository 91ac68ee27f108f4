package io.kubesim.simulator.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.api.ReleaseFacts;
import io.kubesim.simulator.api.ResourceFacts;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A type without a model class (a custom resource) still gets its paths, so that kubectl
 * validates on the server; without a schema, and without strategic merge patch, as upstream
 * serves custom resources.
 */
class CustomResourceDocumentTest {

  private static final ResourceType WIDGET = new ResourceType("example.com", "v1", "Widget",
      "widgets", "widget", true, ResourceFacts.STANDARD_VERBS, List.of(), List.of(),
      Set.of("status"), null);

  @Test
  void patchOperationCarriesTheKindAndFieldValidationButNoStrategicMergePatch() {
    JsonNode document = GeneratedDocuments.parse(
        OpenApiV3.create(registryOf(WIDGET), ReleaseFacts.kubernetes133().version())
            .groupVersion("apis/example.com/v1").orElseThrow().body());
    JsonNode patch = document.path("paths")
        .path("/apis/example.com/v1/namespaces/{namespace}/widgets/{name}").path("patch");

    assertThat(patch.path("x-kubernetes-group-version-kind").toString())
        .isEqualTo("{\"group\":\"example.com\",\"kind\":\"Widget\",\"version\":\"v1\"}");
    assertThat(patch.path("parameters").findValuesAsText("name")).contains("fieldValidation");
    assertThat(patch.path("requestBody").path("content").fieldNames()).toIterable()
        .containsExactly("application/apply-patch+yaml", "application/json-patch+json",
            "application/merge-patch+json");
    assertThat(patch.path("responses").path("200").path("content").path("application/json")
        .path("schema").toString()).isEqualTo("{\"type\":\"object\"}");
    assertThat(document.path("paths")
        .has("/apis/example.com/v1/namespaces/{namespace}/widgets/{name}/status")).isTrue();
  }

  private static ResourceRegistry registryOf(ResourceType type) {
    return new ResourceRegistry() {
      @Override
      public Optional<ResourceType> find(String group, String version, String plural) {
        return Optional.of(type).filter(t -> t.group().equals(group)
            && t.version().equals(version) && t.plural().equals(plural));
      }

      @Override
      public Optional<ResourceType> findByKind(String apiVersion, String kind) {
        return Optional.of(type).filter(t -> t.apiVersion().equals(apiVersion)
            && t.kind().equals(kind));
      }

      @Override
      public List<ResourceType> all() {
        return List.of(type);
      }

      @Override
      public List<ApiGroup> groups() {
        return List.of(new ApiGroup(type.group(), List.of(type.version())));
      }
    };
  }
}
