package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.patch.GoValues.GoType;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a merged list in the order upstream produces: items named by the patch (or by
 * {@code $setElementOrder}) in that order, items only the server has in their live order, and
 * the two interleaved by their live positions.
 *
 * <p>Precedence is {@code $setElementOrder}, then the patch order, then the live order (upstream
 * design "preserve order in strategic merge patch").
 */
final class ListOrdering {

  /** The merged items split into those named by the order list and the server-only rest. */
  record Partition(List<JsonNode> named, List<JsonNode> serverOnly) {}

  private ListOrdering() {}

  /** Splits {@code merged} by presence in {@code order}, matching maps by {@code mergeKey}. */
  static Partition partition(List<JsonNode> merged, List<JsonNode> order, String mergeKey) {
    List<JsonNode> named = new ArrayList<>();
    List<JsonNode> serverOnly = new ArrayList<>();
    for (JsonNode item : merged) {
      boolean found;
      if (mergeKey.isEmpty()) {
        found = GoValues.contains(order, item);
      } else {
        if (!item.isObject()) {
          throw SmpErrors.badArgType(GoType.MAP, item);
        }
        if (!item.has(mergeKey)) {
          throw SmpErrors.noMergeKey(item, mergeKey);
        }
        found = indexByKey(order, mergeKey, item.get(mergeKey)) >= 0;
      }
      (found ? named : serverOnly).add(item);
    }
    return new Partition(named, serverOnly);
  }

  /**
   * Sorts the named items by {@code order}, the server-only items by {@code serverOrder}, then
   * interleaves them, keeping each side's relative order.
   */
  static List<JsonNode> normalize(Partition parts, List<JsonNode> order,
      List<JsonNode> serverOrder, String mergeKey, GoType kind) {
    List<JsonNode> named = sortBy(parts.named(), order, mergeKey, kind);
    List<JsonNode> serverOnly = sortBy(parts.serverOnly(), serverOrder, mergeKey, kind);
    List<JsonNode> all = new ArrayList<>(named.size() + serverOnly.size());
    int left = 0;
    int right = 0;
    while (left < serverOnly.size() || right < named.size()) {
      boolean takeLeft;
      if (right >= named.size()) {
        takeLeft = true;
      } else if (left >= serverOnly.size()) {
        takeLeft = false;
      } else {
        int l = index(serverOrder, serverOnly.get(left), mergeKey, kind);
        int r = index(serverOrder, named.get(right), mergeKey, kind);
        takeLeft = l >= 0 && r >= 0 && l < r;
      }
      all.add(takeLeft ? serverOnly.get(left++) : named.get(right++));
    }
    return all;
  }

  /** The index of the first map in {@code list} whose {@code key} is Go-equal to {@code value}. */
  static int indexByKey(List<JsonNode> list, String key, JsonNode value) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if (!item.isObject()) {
        throw SmpErrors.notAMap(i);
      }
      if (item.has(key) && GoValues.equal(item.get(key), value)) {
        return i;
      }
    }
    return -1;
  }

  private static List<JsonNode> sortBy(List<JsonNode> items, List<JsonNode> order,
      String mergeKey, GoType kind) {
    List<JsonNode> toSort = new ArrayList<>();
    List<JsonNode> deletions = new ArrayList<>();
    if (kind == GoType.MAP) {
      requireMergeKey(items, mergeKey);
      requireMergeKey(order, mergeKey);
      for (JsonNode item : items) {
        (Directives.is(item.get(Directives.PATCH), Directives.DELETE) ? deletions : toSort)
            .add(item);
      }
    } else {
      toSort.addAll(items);
    }
    // Go's sort.SliceStable is this insertion sort for up to 20 items; beyond that the two still
    // agree whenever every item is in the order list, which is the case for well-formed patches
    for (int i = 1; i < toSort.size(); i++) {
      for (int j = i; j > 0 && less(toSort.get(j), toSort.get(j - 1), order, mergeKey, kind);
          j--) {
        toSort.set(j - 1, toSort.set(j, toSort.get(j - 1)));
      }
    }
    toSort.addAll(deletions);
    return toSort;
  }

  private static boolean less(JsonNode a, JsonNode b, List<JsonNode> order, String mergeKey,
      GoType kind) {
    int ia = index(order, a, mergeKey, kind);
    int ib = index(order, b, mergeKey, kind);
    return ia < 0 || ib < 0 || ia < ib;
  }

  private static void requireMergeKey(List<JsonNode> items, String mergeKey) {
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw SmpErrors.badArgType(GoType.MAP, item);
      }
      if (!item.has(mergeKey)) {
        throw SmpErrors.noMergeKey(item, mergeKey);
      }
    }
  }

  /** Upstream's {@code index}: maps are found by merge key value, everything else by value. */
  private static int index(List<JsonNode> list, JsonNode value, String mergeKey, GoType kind) {
    JsonNode wanted = kind == GoType.MAP ? mergeKeyOf(value, mergeKey) : value;
    for (int i = 0; i < list.size(); i++) {
      JsonNode candidate = kind == GoType.MAP ? mergeKeyOf(list.get(i), mergeKey) : list.get(i);
      if (GoValues.equal(wanted, candidate)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode mergeKeyOf(JsonNode item, String mergeKey) {
    return item.isObject() ? item.get(mergeKey) : null;
  }
}
