package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.patch.GoValues.GoType;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code $setElementOrder/<list>}: merges the named list first, then orders it as the
 * directive says. kubectl's client-side apply and edit send it for every changed merge list.
 *
 * <p>The directive must agree with the patch list (same relative order, no patch item missing
 * from it); upstream answers a mismatch with a plain 500.
 */
final class SetElementOrderDirective {

  private SetElementOrderDirective() {}

  /** Processes every {@code $setElementOrder} key of {@code patch}, removing what it used. */
  static void apply(ObjectNode original, ObjectNode patch, PatchSchema schema) {
    for (String directiveKey : List.copyOf(iterableKeys(patch))) {
      if (!directiveKey.startsWith(Directives.SET_ELEMENT_ORDER)) {
        continue;
      }
      JsonNode order = patch.remove(directiveKey);
      if (!order.isArray()) {
        throw SmpErrors.badArgType(GoType.SLICE, order);
      }
      String listKey = Directives.listKey(directiveKey, Directives.SET_ELEMENT_ORDER);
      JsonNode originalList = original.get(listKey);
      JsonNode patchList = patch.get(listKey);
      for (JsonNode list : new JsonNode[] {originalList, patchList}) {
        if (list != null && !list.isArray()) {
          throw SmpErrors.badArgType(GoType.SLICE, list);
        }
      }
      FieldPatch field = schema.field(listKey);
      List<JsonNode> orderItems = ListMerger.items(order);
      validate(ListMerger.items(patchList), orderItems, field.mergeKey());
      List<JsonNode> merged;
      if (originalList != null && patchList != null) {
        merged = ListMerger.items(
            ListMerger.merge((ArrayNode) originalList, (ArrayNode) patchList, field, false));
      } else if (patchList != null) {
        merged = ListMerger.items(Directives.removeDirectives(patchList).orElseThrow());
      } else if (originalList != null) {
        merged = ListMerger.items(originalList);
      } else {
        continue;
      }
      ListOrdering.Partition parts = ListOrdering.partition(merged, orderItems, field.mergeKey());
      List<JsonNode> originalItems = ListMerger.items(originalList);
      GoType kind = ListMerger.elementType(originalItems, ListMerger.items(patchList));
      ArrayNode ordered = ListMerger.toArray(ListOrdering.normalize(
          parts, orderItems, originalItems, field.mergeKey(), kind));
      // a list the object lacked is stored as sent, so it loses what typed decoding drops
      original.set(listKey, originalList == null ? Directives.asDecoded(ordered) : ordered);
      patch.remove(listKey);
    }
  }

  /**
   * Upstream's {@code validatePatchWithSetOrderList}: walking both lists, every patch item that
   * is not a deletion must be found in the order list, in the same relative order.
   */
  private static void validate(List<JsonNode> patchList, List<JsonNode> order, String mergeKey) {
    if (order.isEmpty() || patchList.isEmpty()) {
      return;
    }
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode item : patchList) {
      if (!mergeKey.isEmpty() && !item.isObject()) {
        throw SmpErrors.badArgType(GoType.MAP, item);
      }
      if (mergeKey.isEmpty() || !Directives.is(item.get(Directives.PATCH), Directives.DELETE)) {
        kept.add(item);
      }
    }
    int patchIndex = 0;
    int orderIndex = 0;
    while (patchIndex < kept.size() && orderIndex < order.size()) {
      JsonNode item = kept.get(patchIndex);
      if (item.isObject() && item.has(Directives.PATCH)) {
        patchIndex++;
        continue;
      }
      if (sameKey(item, order.get(orderIndex), mergeKey)) {
        patchIndex++;
      }
      orderIndex++;
    }
    if (patchIndex < kept.size()) {
      throw SmpErrors.plain("The order in patch list:\n" + GoFormat.v(patchList)
          + "\n doesn't match " + Directives.SET_ELEMENT_ORDER + " list:\n" + GoFormat.v(order)
          + "\n");
    }
  }

  private static boolean sameKey(JsonNode left, JsonNode right, String mergeKey) {
    if (mergeKey.isEmpty()) {
      return GoValues.equal(left, right);
    }
    JsonNode[] sides = {left, right};
    for (JsonNode side : sides) {
      if (!side.isObject()) {
        throw SmpErrors.badArgType(GoType.MAP, side);
      }
    }
    for (JsonNode side : sides) {
      if (!side.has(mergeKey)) {
        throw SmpErrors.noMergeKey(side, mergeKey);
      }
    }
    return GoValues.equal(left.get(mergeKey), right.get(mergeKey));
  }

  private static List<String> iterableKeys(ObjectNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
