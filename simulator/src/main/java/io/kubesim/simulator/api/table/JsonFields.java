package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed values from an object's JSON by field path, with the zero values Go's typed structs
 * would hold for absent fields: printers see what upstream's internal types would.
 */
final class JsonFields {

  private JsonFields() {}

  /** The node at {@code path}, a missing node when any step is absent. */
  static JsonNode at(JsonNode node, String... path) {
    JsonNode current = node;
    for (String field : path) {
      current = current.path(field);
    }
    return current;
  }

  /** The string at {@code path}, empty when absent. */
  static String text(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  /** The integer at {@code path}, 0 when absent. */
  static long number(JsonNode node, String... path) {
    return at(node, path).asLong(0);
  }

  /** The boolean at {@code path}, false when absent. */
  static boolean flag(JsonNode node, String... path) {
    return at(node, path).asBoolean(false);
  }

  /** True when the field at {@code path} is present and not null. */
  static boolean present(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    return !value.isMissingNode() && !value.isNull();
  }

  /** The elements of the array at {@code path}, none when absent. */
  static List<JsonNode> items(JsonNode node, String... path) {
    List<JsonNode> out = new ArrayList<>();
    at(node, path).forEach(out::add);
    return out;
  }

  /** The number of entries of the array or object at {@code path}. */
  static long size(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    return value.isContainerNode() ? value.size() : 0;
  }

  /** The object's {@code metadata.name}. */
  static String name(JsonNode object) {
    return text(object, "metadata", "name");
  }
}
