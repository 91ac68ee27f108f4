package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ReleaseFacts;
import io.kubesim.simulator.api.ResourceRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The documents of the built-in 1.33 registry, generated once for all tests that read them. */
final class GeneratedDocuments {

  static final ResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();
  static final OpenApiV3 OPENAPI =
      OpenApiV3.create(REGISTRY, ReleaseFacts.kubernetes133().version());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Map<String, JsonNode> parsed;

  private GeneratedDocuments() {}

  /** Every group-version document, parsed, by index path. */
  static synchronized Map<String, JsonNode> all() {
    if (parsed == null) {
      Map<String, JsonNode> documents = new LinkedHashMap<>();
      index().path("paths").fieldNames().forEachRemaining(path ->
          documents.put(path, parse(OPENAPI.groupVersion(path).orElseThrow().body())));
      parsed = documents;
    }
    return parsed;
  }

  static JsonNode index() {
    return parse(OPENAPI.index().body());
  }

  static JsonNode document(String path) {
    return all().get(path);
  }

  /** The schema {@code name} of document {@code path}. */
  static JsonNode schema(String path, String name) {
    return document(path).path("components").path("schemas").path(name);
  }

  static JsonNode parse(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
