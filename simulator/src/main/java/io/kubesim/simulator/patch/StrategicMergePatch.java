package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.patch.GoJsonDecoder.DecodeException;
import io.kubesim.simulator.patch.GoJsonDecoder.Target;

/**
 * Applies {@code application/strategic-merge-patch+json} to a built-in object: a JSON merge
 * patch in which lists with the merge strategy merge by key, plus the {@link Directives}.
 */
final class StrategicMergePatch {

  private StrategicMergePatch() {}

  static ObjectNode apply(ObjectNode current, byte[] body, PatchSchema schema) {
    JsonNode patch;
    try {
      patch = GoJsonDecoder.decode(body, Target.OBJECT);
    } catch (DecodeException e) {
      // unlike JSON and merge patches, upstream adds no "error decoding patch: " prefix here
      throw StatusErrors.badRequest(e.getMessage());
    }
    if (patch.isNull()) {
      return current.deepCopy();
    }
    ObjectNode merged = MapMerger.merge(current.deepCopy(), patch, schema);
    return (ObjectNode) Directives.withoutDirectiveKeys(merged);
  }
}
