package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The elements of a granular list by their path element. A keyed list with an item that lacks
 * its key, or a list with duplicates, cannot be owned item by item: it is treated as atomic.
 */
final class ListItems {

  private ListItems() {}

  /** The effective list type of {@code list} under {@code schema}. */
  static ListType typeOf(JsonNode list, ApplySchema schema) {
    ListType type = schema.listType();
    if (type == ListType.ATOMIC || list == null || !list.isArray()) {
      return ListType.ATOMIC;
    }
    return byElement(list, schema, type) == null ? ListType.ATOMIC : type;
  }

  /** The items of a SET or MAP list by element, or null when some item cannot be named. */
  static Map<PathElement, JsonNode> byElement(JsonNode list, ApplySchema schema, ListType type) {
    Map<PathElement, JsonNode> items = new LinkedHashMap<>();
    for (JsonNode item : list) {
      PathElement element = elementOf(item, schema, type);
      if (element == null || items.put(element, item) != null) {
        return null;
      }
    }
    return items;
  }

  private static PathElement elementOf(JsonNode item, ApplySchema schema, ListType type) {
    if (type == ListType.SET) {
      return item.isValueNode() ? new PathElement.Value(item) : null;
    }
    if (!item.isObject()) {
      return null;
    }
    Map<String, JsonNode> keys = new LinkedHashMap<>();
    for (String key : schema.keys()) {
      JsonNode value = item.hasNonNull(key) ? item.get(key) : schema.keyDefault(key);
      if (value == null || !value.isValueNode()) {
        return null;
      }
      keys.put(key, value);
    }
    return PathElement.Key.of(keys);
  }
}
