package io.kubesim.simulator.defaults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's notion of an unset field, read from a JSON tree: upstream defaulters test a pointer for
 * {@code nil} (absent or JSON {@code null}) and a plain value for its zero value ({@code ""},
 * {@code 0}, {@code false}, an empty list or map), and they create the non-pointer structs a Go
 * object always has. Numbers are written as {@code int}s, the node type Jackson parses small
 * numbers into, so that a defaulted tree equals the same object parsed back from storage.
 */
final class GoFields {

  private GoFields() {}

  /** True when {@code field} is absent or {@code null}: a nil pointer, slice or map. */
  static boolean isNil(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    return value == null || value.isNull();
  }

  /** True when {@code field} holds its type's zero value, or is nil. */
  static boolean isZero(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return true;
    }
    if (value.isTextual()) {
      return value.asText().isEmpty();
    }
    if (value.isNumber()) {
      return value.asDouble() == 0;
    }
    if (value.isBoolean()) {
      return !value.asBoolean();
    }
    return value.isContainerNode() && value.isEmpty();
  }

  /** Sets a pointer field that is nil. */
  static void setIfNil(ObjectNode parent, String field, String value) {
    if (isNil(parent, field)) {
      parent.put(field, value);
    }
  }

  /** Sets a pointer field that is nil. */
  static void setIfNil(ObjectNode parent, String field, int value) {
    if (isNil(parent, field)) {
      parent.put(field, value);
    }
  }

  /** Sets a pointer field that is nil. */
  static void setIfNil(ObjectNode parent, String field, boolean value) {
    if (isNil(parent, field)) {
      parent.put(field, value);
    }
  }

  /** Sets a value field that holds its zero value. */
  static void setIfZero(ObjectNode parent, String field, String value) {
    if (isZero(parent, field)) {
      parent.put(field, value);
    }
  }

  /** Sets a value field that holds its zero value. */
  static void setIfZero(ObjectNode parent, String field, int value) {
    if (isZero(parent, field)) {
      parent.put(field, value);
    }
  }

  /**
   * The nested object {@code field}, created empty when nil: a Go struct field that is not a
   * pointer, or a pointer the defaulter allocates.
   */
  static ObjectNode struct(ObjectNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value instanceof ObjectNode object) {
      return object;
    }
    return parent.putObject(field);
  }

  /** The nested object {@code field}, or {@code null} when it is nil (or not an object). */
  static ObjectNode pointer(JsonNode parent, String field) {
    return parent.get(field) instanceof ObjectNode object ? object : null;
  }

  /** The object elements of the list {@code field}; empty when nil. */
  static List<ObjectNode> items(JsonNode parent, String field) {
    List<ObjectNode> items = new ArrayList<>();
    JsonNode list = parent.get(field);
    if (list != null && list.isArray()) {
      list.forEach(item -> {
        if (item instanceof ObjectNode object) {
          items.add(object);
        }
      });
    }
    return items;
  }

  /** The object at the end of {@code path}, or {@code null} when any step is nil. */
  static ObjectNode at(JsonNode root, String... path) {
    JsonNode node = root;
    for (String step : path) {
      node = node.get(step);
      if (!(node instanceof ObjectNode)) {
        return null;
      }
    }
    return (ObjectNode) node;
  }
}
