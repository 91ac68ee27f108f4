package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.patch.FieldPatch.Strategy;
import io.kubesim.simulator.patch.GoValues.GoType;
import java.util.List;
import java.util.Map;

/**
 * Merges a strategic-merge-patch map into a live map: upstream's {@code mergeMap} with the
 * server-side options ({@code MergeParallelList} and {@code IgnoreUnmatchedNulls}).
 *
 * <p>Order of work, as upstream: a {@code $patch} directive decides for the whole map; then
 * {@code $retainKeys} clears live keys; then {@code $setElementOrder} lists are merged and
 * ordered; then every other key: {@code null} deletes, a value the live map lacks (or has with
 * another type) is taken without its nulls and directives, maps recurse, lists go to
 * {@link ListMerger}. Both arguments are modified; the caller passes copies.
 */
final class MapMerger {

  private MapMerger() {}

  /** Merges {@code patch} into {@code original} (a map, or null for none) and returns it. */
  static ObjectNode merge(JsonNode original, JsonNode patch, PatchSchema schema) {
    ObjectNode patchMap = (ObjectNode) patch;
    JsonNode directive = patchMap.get(Directives.PATCH);
    if (directive != null) {
      if (Directives.is(directive, Directives.REPLACE)) {
        patchMap.remove(Directives.PATCH);
        return (ObjectNode) Directives.asDecoded(patchMap);
      }
      if (Directives.is(directive, Directives.DELETE)) {
        return JsonNodeFactory.instance.objectNode();
      }
      throw SmpErrors.badPatchType(directive, patchMap);
    }
    ObjectNode result = original == null ? JsonNodeFactory.instance.objectNode()
        : (ObjectNode) original;
    retainKeys(result, patchMap);
    SetElementOrderDirective.apply(result, patchMap, schema);
    for (Map.Entry<String, JsonNode> entry : List.copyOf(patchMap.properties())) {
      String key = entry.getKey();
      boolean deleteList = key.startsWith(Directives.DELETE_FROM_PRIMITIVE_LIST);
      if (deleteList) {
        key = Directives.listKey(key, Directives.DELETE_FROM_PRIMITIVE_LIST);
      }
      mergeField(result, key, entry.getValue(), schema.field(key), deleteList);
    }
    return result;
  }

  private static void mergeField(ObjectNode result, String key, JsonNode patchValue,
      FieldPatch field, boolean deleteList) {
    if (patchValue.isNull()) {
      result.remove(key);
      return;
    }
    JsonNode originalValue = result.get(key);
    GoType type = GoValues.typeOf(originalValue);
    if (originalValue == null || type != GoValues.typeOf(patchValue)) {
      // a deletion list for a list the object does not have deletes nothing
      if (!deleteList) {
        Directives.discardNulls(patchValue);
        take(result, key, patchValue);
      }
      return;
    }
    switch (type) {
      case MAP -> result.set(key, field.strategy() == Strategy.REPLACE
          ? Directives.asDecoded(patchValue) : merge(originalValue, patchValue, field.schema()));
      case SLICE -> result.set(key,
          ListMerger.merge((ArrayNode) originalValue, (ArrayNode) patchValue, field, deleteList));
      default -> take(result, key, patchValue);
    }
  }

  private static void take(ObjectNode result, String key, JsonNode patchValue) {
    Directives.removeDirectives(patchValue).ifPresentOrElse(
        value -> result.set(key, value), () -> result.remove(key));
  }

  /**
   * Applies {@code $retainKeys}: every non-null patch key must be listed (else 400), and live
   * keys not listed are cleared before the merge.
   */
  private static void retainKeys(ObjectNode original, ObjectNode patch) {
    if (!patch.has(Directives.RETAIN_KEYS)) {
      return;
    }
    JsonNode retained = patch.remove(Directives.RETAIN_KEYS);
    if (!retained.isArray()) {
      throw SmpErrors.badRetainKeysFormat();
    }
    List<JsonNode> keys = ListMerger.items(retained);
    for (Map.Entry<String, JsonNode> field : patch.properties()) {
      String key = field.getKey();
      boolean parallelList = key.startsWith(Directives.DELETE_FROM_PRIMITIVE_LIST)
          || key.startsWith(Directives.SET_ELEMENT_ORDER);
      if (!field.getValue().isNull() && !parallelList && !containsKey(keys, key)) {
        throw SmpErrors.badRetainKeysFormat();
      }
    }
    original.properties().removeIf(field -> !containsKey(keys, field.getKey()));
  }

  private static boolean containsKey(List<JsonNode> keys, String key) {
    return GoValues.contains(keys, JsonNodeFactory.instance.textNode(key));
  }
}
