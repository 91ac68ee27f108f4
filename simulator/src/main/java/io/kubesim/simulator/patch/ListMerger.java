package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kubesim.simulator.patch.FieldPatch.Strategy;
import io.kubesim.simulator.patch.GoValues.GoType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Merges a patch list into a live list, the way upstream's {@code mergeSliceHandler} does.
 *
 * <p>Lists with the merge strategy merge: maps by their merge key (with {@code $patch: delete}
 * and {@code $patch: replace} elements), scalars as a set. Other lists are replaced by the patch,
 * except that a {@code $deleteFromPrimitiveList} always deletes.
 */
final class ListMerger {

  private ListMerger() {}

  /** The merged value of a list field that both the live object and the patch have. */
  static ArrayNode merge(ArrayNode original, ArrayNode patch, FieldPatch field,
      boolean deleteList) {
    if (field.strategy() != Strategy.MERGE && !deleteList) {
      return (ArrayNode) Directives.asDecoded(patch);
    }
    return toArray(mergeLists(items(original), items(patch), field, deleteList));
  }

  private static List<JsonNode> mergeLists(List<JsonNode> original, List<JsonNode> patch,
      FieldPatch field, boolean deleteList) {
    if (original.isEmpty() && patch.isEmpty()) {
      return original;
    }
    GoType kind = elementType(original, patch);
    String mergeKey = field.mergeKey();
    if (kind != GoType.MAP) {
      if (deleteList) {
        return original.stream().filter(item -> !GoValues.contains(patch, item)).toList();
      }
      List<JsonNode> both = new ArrayList<>(original);
      both.addAll(patch);
      return ordered(deduplicate(both), patch, original, mergeKey, kind);
    }
    if (mergeKey.isEmpty()) {
      throw SmpErrors.plain("cannot merge lists without merge key for "
          + (field.schema() == PatchSchema.EMPTY ? "string" : "struct"));
    }
    List<JsonNode> live = new ArrayList<>(original);
    List<JsonNode> plainPatch = new ArrayList<>();
    List<JsonNode> result = applySpecialElements(live, patch, mergeKey, plainPatch)
        ? ordered(plainPatch, List.of(), plainPatch, mergeKey, kind)
        : ordered(mergeByKey(live, plainPatch, mergeKey, field.schema()), plainPatch, live,
            mergeKey, kind);
    // patch elements stored as they are (appended, or the whole list on $patch: replace) lose
    // what typed decoding would drop; only now, because ordering still needs their merge keys
    Set<JsonNode> fromPatch = Collections.newSetFromMap(new IdentityHashMap<>());
    fromPatch.addAll(plainPatch);
    result.stream().filter(fromPatch::contains).forEach(Directives::asDecoded);
    return result;
  }

  private static List<JsonNode> ordered(List<JsonNode> merged, List<JsonNode> patch,
      List<JsonNode> serverOrder, String mergeKey, GoType kind) {
    return ListOrdering.normalize(ListOrdering.partition(merged, patch, mergeKey), patch,
        serverOrder, mergeKey, kind);
  }

  /**
   * Handles {@code $patch} elements: deletions are applied to {@code original}, the other
   * elements are collected into {@code plainPatch}. Returns true for {@code $patch: replace},
   * which makes the plain patch elements the whole list.
   */
  private static boolean applySpecialElements(List<JsonNode> original, List<JsonNode> patch,
      String mergeKey, List<JsonNode> plainPatch) {
    boolean replace = false;
    for (JsonNode item : patch) {
      JsonNode directive = item.get(Directives.PATCH);
      if (directive == null) {
        plainPatch.add(item);
      } else if (Directives.is(directive, Directives.DELETE)) {
        if (!item.has(mergeKey)) {
          throw SmpErrors.noMergeKey(item, mergeKey);
        }
        int index;
        while ((index = ListOrdering.indexByKey(original, mergeKey, item.get(mergeKey))) >= 0) {
          original.remove(index);
        }
      } else if (Directives.is(directive, Directives.REPLACE)) {
        replace = true;
      } else if (Directives.is(directive, Directives.MERGE)) {
        throw SmpErrors.plain("merging lists cannot yet be specified in the patch");
      } else {
        throw SmpErrors.badPatchType(directive, item);
      }
    }
    return replace;
  }

  /** Merges each patch map into the live map with the same key, or appends it. */
  private static List<JsonNode> mergeByKey(List<JsonNode> original, List<JsonNode> patch,
      String mergeKey, PatchSchema schema) {
    List<JsonNode> merged = new ArrayList<>(original);
    for (JsonNode item : patch) {
      if (!item.has(mergeKey)) {
        throw SmpErrors.noMergeKey(item, mergeKey);
      }
      int index = ListOrdering.indexByKey(merged, mergeKey, item.get(mergeKey));
      if (index >= 0) {
        merged.set(index, MapMerger.merge(merged.get(index), item, schema));
      } else {
        merged.add(item);
      }
    }
    return merged;
  }

  /** The Go type all elements share; lists of lists and mixed lists are errors. */
  static GoType elementType(List<JsonNode> original, List<JsonNode> patch) {
    GoType type = null;
    for (List<JsonNode> list : List.of(original, patch)) {
      for (JsonNode item : list) {
        GoType current = GoValues.typeOf(item);
        if (type == null) {
          if (current == GoType.SLICE) {
            throw SmpErrors.listOfLists();
          }
          type = current;
        } else if (type != current) {
          throw SmpErrors.elementTypesDiffer(original, patch);
        }
      }
    }
    if (type == null) {
      throw SmpErrors.plain("no elements in any of the given slices");
    }
    return type;
  }

  /** Upstream's {@code deduplicateScalars}, whose swap-with-last order is reproduced. */
  private static List<JsonNode> deduplicate(List<JsonNode> values) {
    List<JsonNode> s = new ArrayList<>(values);
    int length = s.size() - 1;
    for (int i = 0; i < length; i++) {
      for (int j = i + 1; j <= length; j++) {
        if (GoValues.equal(s.get(i), s.get(j))) {
          s.set(j, s.get(length));
          s.remove(length);
          length--;
          j--;
        }
      }
    }
    return s;
  }

  static List<JsonNode> items(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    if (array != null) {
      array.forEach(items::add);
    }
    return items;
  }

  static ArrayNode toArray(List<JsonNode> items) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    items.forEach(array::add);
    return array;
  }
}
