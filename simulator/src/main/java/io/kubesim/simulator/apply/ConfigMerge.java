package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges an applied configuration into a live object, and removes fields from an object: the
 * two edits an apply makes. Objects merge field by field, keyed and set lists item by item (live
 * order, new items appended), and everything else is replaced by the configuration's value.
 */
public final class ConfigMerge {

  private ConfigMerge() {}

  /** {@code live} with {@code config} merged in; neither argument is changed. */
  public static JsonNode merge(JsonNode live, JsonNode config, ApplySchema schema) {
    if (live == null) {
      return config.deepCopy();
    }
    if (live.isObject() && config.isObject()) {
      ObjectNode out = ((ObjectNode) live).deepCopy();
      for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), merge(live.get(e.getKey()), e.getValue(), schema.field(e.getKey())));
      }
      return out;
    }
    if (live.isArray() && config.isArray()) {
      ListType type = ListItems.typeOf(live, schema);
      if (type != ListType.ATOMIC && ListItems.typeOf(config, schema) == type) {
        Map<PathElement, JsonNode> merged = new LinkedHashMap<>(
            ListItems.byElement(live, schema, type));
        ListItems.byElement(config, schema, type).forEach((element, item) -> merged.put(element,
            type == ListType.MAP ? merge(merged.get(element), item, schema.element()) : item));
        ArrayNode out = ((ArrayNode) live).arrayNode();
        merged.values().forEach(v -> out.add(v.deepCopy()));
        return out;
      }
    }
    return config.deepCopy();
  }

  /**
   * Removes the members of {@code fields} from {@code object} in place: a field, a keyed item or
   * a set value. Objects left empty by a removal are removed too, as the typed encoding upstream
   * stores omits empty maps.
   */
  public static void remove(JsonNode object, FieldSet fields, ApplySchema schema) {
    fields.children().forEach((element, node) -> removeChild(object, element, node, schema));
  }

  private static void removeChild(JsonNode parent, PathElement element, FieldSet node,
      ApplySchema schema) {
    if (element instanceof PathElement.Field f && parent instanceof ObjectNode obj) {
      JsonNode value = obj.get(f.name());
      if (value == null) {
        return;
      }
      if (node.member()) {
        obj.remove(f.name());
        return;
      }
      ApplySchema childSchema = schema.field(f.name());
      if (value.isArray()) {
        removeItems((ArrayNode) value, node, childSchema);
      } else {
        remove(value, node, childSchema);
      }
      if (value.isContainerNode() && value.isEmpty()) {
        obj.remove(f.name());
      }
    }
  }

  private static void removeItems(ArrayNode list, FieldSet fields, ApplySchema schema) {
    ListType type = ListItems.typeOf(list, schema);
    if (type == ListType.ATOMIC) {
      return;
    }
    Map<PathElement, JsonNode> items = ListItems.byElement(list, schema, type);
    list.removeAll();
    items.forEach((element, item) -> {
      FieldSet node = fields.children().get(element);
      if (node == null) {
        list.add(item);
      } else if (!node.member()) {
        remove(item, node, schema.element());
        list.add(item);
      }
    });
  }
}
