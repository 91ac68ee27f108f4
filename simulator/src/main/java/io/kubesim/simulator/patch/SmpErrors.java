package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.patch.GoValues.GoType;
import java.util.List;

/**
 * The failures of a strategic merge patch, with upstream's texts and HTTP codes.
 *
 * <p>Upstream's {@code interpretStrategicMergePatchError} turns the few {@code mergepatch}
 * sentinel errors into 400 (bad directive format) or 422 (list of lists); everything else is a
 * plain Go error, which the API server answers with a 500 carrying no reason.
 */
final class SmpErrors {

  private SmpErrors() {}

  static StatusException badRetainKeysFormat() {
    return StatusErrors.badRequest("invalid patch format of retainKeys");
  }

  static StatusException badPrimitiveListFormat() {
    return StatusErrors.badRequest("invalid patch format of primitive list");
  }

  static StatusException badSetElementOrderFormat() {
    return StatusErrors.badRequest("invalid patch format of setElementOrder list");
  }

  /** {@code lists of lists are not supported}: upstream hides the text behind a generic 422. */
  static StatusException listOfLists() {
    return StatusErrors.invalidRequest();
  }

  static StatusException noMergeKey(JsonNode map, String mergeKey) {
    return plain("map: " + GoFormat.v(map) + " does not contain declared merge key: " + mergeKey);
  }

  static StatusException badArgType(GoType expected, JsonNode actual) {
    return plain("expected a " + expected.goName() + ", but received a "
        + GoValues.typeOf(actual).goName());
  }

  static StatusException badPatchType(JsonNode directive, JsonNode map) {
    return plain("unknown patch type: " + GoFormat.s(directive) + " in map: " + GoFormat.v(map));
  }

  static StatusException notAMap(int index) {
    return plain("value for key " + index + " is not a map.");
  }

  static StatusException elementTypesDiffer(List<JsonNode> original, List<JsonNode> patch) {
    return plain("list element types are not identical: ["
        + GoFormat.v(original) + " " + GoFormat.v(patch) + "]");
  }

  static StatusException plain(String message) {
    return StatusErrors.plainError(message);
  }
}
