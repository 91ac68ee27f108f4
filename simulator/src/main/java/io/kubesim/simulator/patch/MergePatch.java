package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.patch.GoJsonDecoder.DecodeException;
import io.kubesim.simulator.patch.GoJsonDecoder.Target;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code application/merge-patch+json} (RFC 7386): objects merge recursively, {@code null}
 * deletes a key, everything else replaces.
 *
 * <p>Upstream uses evanphx/json-patch, whose one deviation from the RFC is kept: nulls inside a
 * value that is added (not merged) are pruned from nested objects, but not when an existing
 * object is replaced by a non-object.
 */
final class MergePatch {

  private MergePatch() {}

  static ObjectNode apply(ObjectNode current, byte[] body) {
    JsonNode patch;
    try {
      patch = GoJsonDecoder.decode(body, Target.OBJECT);
    } catch (DecodeException e) {
      throw StatusErrors.badRequest("error decoding patch: " + e.getMessage());
    }
    if (patch.isNull()) {
      throw StatusErrors.badRequest("Invalid JSON Patch"); // evanphx's ErrBadJSONPatch
    }
    ObjectNode document = current.deepCopy();
    mergeInto(document, (ObjectNode) patch);
    return document;
  }

  private static void mergeInto(ObjectNode document, ObjectNode patch) {
    for (Map.Entry<String, JsonNode> entry : List.copyOf(patch.properties())) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      JsonNode existing = document.get(key);
      if (value.isNull()) {
        document.remove(key);
      } else if (existing == null || existing.isNull() || !existing.isObject()) {
        document.set(key, pruneNulls(value));
      } else if (value.isObject()) {
        mergeInto((ObjectNode) existing, (ObjectNode) value);
      } else {
        document.set(key, value);
      }
    }
  }

  /** Removes null members from objects at any depth; nulls directly in arrays stay. */
  private static JsonNode pruneNulls(JsonNode value) {
    if (value.isObject()) {
      ((ObjectNode) value).properties().removeIf(field -> field.getValue().isNull());
    }
    value.forEach(MergePatch::pruneNulls);
    return value;
  }
}
