package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The strategic-merge-patch directives and the clean-ups that keep them out of stored objects.
 *
 * <ul>
 *   <li>{@code $patch: replace|delete|merge} inside a map or a list element;
 *   <li>{@code $retainKeys: [...]}: keys of the live map to keep;
 *   <li>{@code $setElementOrder/<list>}: the order of a merged list;
 *   <li>{@code $deleteFromPrimitiveList/<list>}: values to remove from a list of scalars.
 * </ul>
 */
final class Directives {

  static final String PATCH = "$patch";
  static final String DELETE = "delete";
  static final String REPLACE = "replace";
  static final String MERGE = "merge";
  static final String RETAIN_KEYS = "$retainKeys";
  static final String SET_ELEMENT_ORDER = "$setElementOrder";
  static final String DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList";

  private Directives() {}

  /** True when {@code node} is the string {@code directive} (Go compares with {@code ==}). */
  static boolean is(JsonNode node, String directive) {
    return node != null && node.isTextual() && node.textValue().equals(directive);
  }

  /**
   * The list a parallel directive key applies to: {@code containers} for
   * {@code $setElementOrder/containers}; a key without {@code /} or with another head is a 400.
   */
  static String listKey(String directiveKey, String prefix) {
    int slash = directiveKey.indexOf('/');
    if (slash < 0 || !directiveKey.substring(0, slash).equals(prefix)) {
      throw prefix.equals(SET_ELEMENT_ORDER) ? SmpErrors.badSetElementOrderFormat()
          : SmpErrors.badPrimitiveListFormat();
    }
    return directiveKey.substring(slash + 1);
  }

  /**
   * Upstream's {@code removeDirectives}, applied when a patch value is taken as is: maps that
   * carry {@code $patch} disappear (from their parent map or list). Empty means "drop the field".
   */
  static Optional<JsonNode> removeDirectives(JsonNode value) {
    if (value.isObject()) {
      if (value.has(PATCH)) {
        return Optional.empty();
      }
      ObjectNode map = (ObjectNode) value;
      for (Map.Entry<String, JsonNode> field : List.copyOf(map.properties())) {
        removeDirectives(field.getValue()).ifPresentOrElse(
            kept -> map.set(field.getKey(), kept), () -> map.remove(field.getKey()));
      }
      return Optional.of(map);
    }
    if (value.isArray()) {
      ArrayNode kept = ((ArrayNode) value).arrayNode();
      value.forEach(item -> removeDirectives(item).ifPresent(kept::add));
      return Optional.of(kept);
    }
    return Optional.of(value);
  }

  /** Upstream's {@code discardNullValuesFromPatch}: null map members go, at every depth. */
  static void discardNulls(JsonNode value) {
    if (value.isObject()) {
      ((ObjectNode) value).properties().removeIf(field -> field.getValue().isNull());
    }
    value.forEach(Directives::discardNulls);
  }

  /**
   * What decoding into the typed object leaves of a patch value upstream stores verbatim (an
   * appended list element, a replaced map or list): no directive keys, no null members. Upstream
   * gets this from its Go structs; a JSON store must do it explicitly.
   */
  static JsonNode asDecoded(JsonNode value) {
    if (value.isObject()) {
      ((ObjectNode) value).properties().removeIf(
          field -> field.getValue().isNull() || isDirectiveKey(field.getKey()));
    }
    value.forEach(Directives::asDecoded);
    return value;
  }

  /**
   * Removes directive keys anywhere in {@code value}. The merge consumes every directive it
   * understands; this guards the one promise clients depend on, that {@code $setElementOrder}
   * and friends never show up in a stored object.
   */
  static JsonNode withoutDirectiveKeys(JsonNode value) {
    if (value.isObject()) {
      ((ObjectNode) value).properties().removeIf(field -> isDirectiveKey(field.getKey()));
    }
    value.forEach(Directives::withoutDirectiveKeys);
    return value;
  }

  private static boolean isDirectiveKey(String key) {
    return key.equals(PATCH) || key.equals(RETAIN_KEYS)
        || key.startsWith(SET_ELEMENT_ORDER + "/")
        || key.startsWith(DELETE_FROM_PRIMITIVE_LIST + "/");
  }
}
