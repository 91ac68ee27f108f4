package io.kubesim.simulator.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.api.ReleaseFacts;
import io.kubesim.simulator.api.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The set of documents: one per served group-version, listed in the index with its hash, each
 * self-contained, generated once.
 */
class DocumentSetTest {

  @Test
  void indexListsEveryServedGroupVersionWithTheHashOfItsDocument() {
    Set<String> served = new LinkedHashSet<>();
    for (ResourceType type : GeneratedDocuments.REGISTRY.all()) {
      served.add(type.group().isEmpty() ? "api/" + type.version() : "apis/" + type.apiVersion());
    }
    JsonNode paths = GeneratedDocuments.index().path("paths");

    assertThat(paths.fieldNames()).toIterable().containsExactlyElementsOf(served);
    for (String path : served) {
      OpenApiDocument document = GeneratedDocuments.OPENAPI.groupVersion(path).orElseThrow();
      assertThat(paths.path(path).path("serverRelativeURL").asText())
          .isEqualTo("/openapi/v3/" + path + "?hash=" + document.hash());
      assertThat(document.hash()).matches("[0-9A-F]{128}");
    }
  }

  @Test
  void documentsAreGeneratedOnFirstUseAndThenReused() {
    OpenApiV3 fresh = OpenApiV3.create(GeneratedDocuments.REGISTRY,
        ReleaseFacts.kubernetes133().version());

    assertThat(fresh.isGenerated()).isFalse();
    OpenApiDocument index = fresh.index();
    assertThat(fresh.isGenerated()).isTrue();
    assertThat(fresh.index()).isSameAs(index);
    assertThat(fresh.groupVersion("api/v1").orElseThrow())
        .isSameAs(fresh.groupVersion("api/v1").orElseThrow());
    assertThat(index.hash()).isEqualTo(GeneratedDocuments.OPENAPI.index().hash());
  }

  @Test
  void unservedGroupVersionsHaveNoDocument() {
    assertThat(GeneratedDocuments.OPENAPI.groupVersion("apis/apps/v1beta1")).isEmpty();
    assertThat(GeneratedDocuments.OPENAPI.groupVersion("api")).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyReferenceResolvesWithinItsOwnDocument() {
    return GeneratedDocuments.all().entrySet().stream().map(document ->
        DynamicTest.dynamicTest(document.getKey(), () -> {
          JsonNode schemas = document.getValue().path("components").path("schemas");
          List<String> dangling = new ArrayList<>();
          for (JsonNode ref : document.getValue().findValues("$ref")) {
            if (!ref.isTextual()) {
              continue; // JSONSchemaProps has a field named $ref
            }
            String name = ref.asText().substring("#/components/schemas/".length());
            if (!schemas.has(name)) {
              dangling.add(name);
            }
          }
          assertThat(dangling).isEmpty();
        }));
  }

  /** kubectl explain's templates treat an empty schema as a missing one and fail. */
  @TestFactory
  Stream<DynamicTest> noSchemaIsEmpty() {
    return GeneratedDocuments.all().entrySet().stream().map(document ->
        DynamicTest.dynamicTest(document.getKey(), () -> {
          List<String> empty = new ArrayList<>();
          for (Map.Entry<String, JsonNode> schema
              : document.getValue().path("components").path("schemas").properties()) {
            collectEmpty(schema.getKey(), schema.getValue(), empty);
          }
          assertThat(empty).isEmpty();
        }));
  }

  private static void collectEmpty(String where, JsonNode schema, List<String> empty) {
    if (schema.isObject() && schema.isEmpty()) {
      empty.add(where);
    }
    schema.path("properties").properties()
        .forEach(p -> collectEmpty(where + "." + p.getKey(), p.getValue(), empty));
    for (String nested : List.of("items", "additionalProperties")) {
      if (schema.has(nested)) {
        collectEmpty(where + "." + nested, schema.get(nested), empty);
      }
    }
  }
}
