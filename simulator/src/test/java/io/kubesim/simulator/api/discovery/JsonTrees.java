package io.kubesim.simulator.api.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;

/** Reading discovery documents in tests: lookups by field and order-preserving comparison. */
final class JsonTrees {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonTrees() {}

  /** Compact JSON with the field order kept, so comparing two of them also checks order. */
  static String compact(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code json} re-written compactly, its field order kept. */
  static String compact(String json) {
    try {
      return compact(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first element of {@code array} whose {@code field} is {@code value}. */
  static JsonNode find(JsonNode array, String field, String value) {
    return StreamSupport.stream(array.spliterator(), false)
        .filter(node -> node.path(field).asText().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element with " + field + "=" + value));
  }

  /** The {@code field} of every element of {@code array}, in order. */
  static List<String> names(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.at(field.startsWith("/") ? field : "/" + field).asText())
        .toList();
  }
}
