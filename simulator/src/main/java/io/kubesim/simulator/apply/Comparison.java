package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of an object, as ownership sees it: every node that appeared
 * (intermediate objects and list items included), every leaf whose value changed, and every node
 * that disappeared.
 *
 * @param added nodes present only in the new object
 * @param modified leaves present in both with different values
 * @param removed nodes present only in the old object
 */
public record Comparison(FieldSet added, FieldSet modified, FieldSet removed) {

  /** Compares {@code before} with {@code after} under {@code schema}. */
  public static Comparison of(JsonNode before, JsonNode after, ApplySchema schema) {
    Comparison c = new Comparison(new FieldSet(), new FieldSet(), new FieldSet());
    c.walk(before, after, schema, FieldPath.ROOT);
    return c;
  }

  /** True when nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty() && modified.isEmpty() && removed.isEmpty();
  }

  private void walk(JsonNode a, JsonNode b, ApplySchema schema, FieldPath path) {
    if (a == null) {
      added.insert(path);
    } else if (b == null) {
      removed.insert(path);
    }
    JsonNode shape = a == null ? b : a;
    boolean sameShape = a == null || b == null || a.getNodeType() == b.getNodeType();
    if (sameShape && shape.isObject() && !(a != null && a.isEmpty() && b != null && b.isEmpty())) {
      Set<String> names = new LinkedHashSet<>();
      names(a, names);
      names(b, names);
      for (String name : names) {
        walk(child(a, name), child(b, name), schema.field(name),
            path.child(new PathElement.Field(name)));
      }
      return;
    }
    Map<PathElement, JsonNode> before = null;
    Map<PathElement, JsonNode> after = null;
    if (sameShape && shape.isArray()) {
      before = elements(a, schema);
      after = before == null ? null : elements(b, schema);
    }
    if (before != null && after != null) {
      ListType type = schema.listType();
      Set<PathElement> elements = new LinkedHashSet<>(before.keySet());
      elements.addAll(after.keySet());
      for (PathElement element : elements) {
        FieldPath itemPath = path.child(element);
        JsonNode x = before.get(element);
        JsonNode y = after.get(element);
        if (type == ListType.MAP) {
          walk(x, y, schema.element(), itemPath);
        } else if (x == null) {
          added.insert(itemPath);
        } else if (y == null) {
          removed.insert(itemPath);
        }
      }
      return;
    }
    if (a != null && b != null && !a.equals(b)) {
      modified.insert(path);
    }
  }

  /**
   * The items of a granular list by element (none for an absent list), or null when the list is
   * atomic: owned as a whole.
   */
  private static Map<PathElement, JsonNode> elements(JsonNode list, ApplySchema schema) {
    if (list == null) {
      return Map.of();
    }
    ListType type = schema.listType();
    return type == ListType.ATOMIC ? null : ListItems.byElement(list, schema, type);
  }

  private static void names(JsonNode node, Set<String> out) {
    if (node != null) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        out.add(it.next());
      }
    }
  }

  private static JsonNode child(JsonNode node, String name) {
    return node == null ? null : node.get(name);
  }
}
