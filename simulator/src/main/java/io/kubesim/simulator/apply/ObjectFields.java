package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The set of fields an object (or an applied configuration) sets: every scalar, atomic list and
 * empty object as a leaf, and every item of a granular list as a member of its own.
 */
public final class ObjectFields {

  private ObjectFields() {}

  /** The fields {@code object} sets, read with {@code schema}. */
  public static FieldSet of(JsonNode object, ApplySchema schema) {
    FieldSet set = new FieldSet();
    walk(object, schema, FieldPath.ROOT, set);
    return set;
  }

  private static void walk(JsonNode node, ApplySchema schema, FieldPath path, FieldSet set) {
    if (node.isObject() && !node.isEmpty()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), schema.field(e.getKey()),
            path.child(new PathElement.Field(e.getKey())), set);
      }
      return;
    }
    ListType type = node.isArray() ? ListItems.typeOf(node, schema) : ListType.ATOMIC;
    if (type == ListType.ATOMIC) {
      set.insert(path);
      return;
    }
    ListItems.byElement(node, schema, type).forEach((element, item) -> {
      FieldPath itemPath = path.child(element);
      set.insert(itemPath);
      if (type == ListType.MAP) {
        walk(item, schema.element(), itemPath, set);
      }
    });
  }
}
