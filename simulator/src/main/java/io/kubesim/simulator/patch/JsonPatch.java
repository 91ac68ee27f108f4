package io.kubesim.simulator.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.CompatibilityFlags;
import io.fabric8.zjsonpatch.JsonPatchException;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.patch.GoJsonDecoder.DecodeException;
import io.kubesim.simulator.patch.GoJsonDecoder.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * Applies {@code application/json-patch+json} (RFC 6902) with zjsonpatch, answering failures
 * the way upstream does.
 *
 * <ul>
 *   <li>a body that does not decode into a list of operations: 400 {@code error decoding patch:
 *       <Go decoder message>};
 *   <li>more than {@value #MAX_OPERATIONS} operations: 413;
 *   <li>an operation that does not apply (failed {@code test}, missing path, unknown op): 422
 *       with the generic message; upstream hides the library's text.
 * </ul>
 */
final class JsonPatch {

  /** Upstream's {@code maxJSONPatchOperations}. */
  static final int MAX_OPERATIONS = 10_000;

  // upstream's library (evanphx/json-patch v4) fails on removing a missing key and treats a
  // missing "value" as null; zjsonpatch does the opposite unless told
  private static final EnumSet<CompatibilityFlags> EVANPHX_COMPATIBLE = EnumSet.of(
      CompatibilityFlags.FORBID_REMOVE_MISSING_OBJECT, CompatibilityFlags.MISSING_VALUES_AS_NULLS);

  /** How Go prints the anonymous struct upstream decodes apiVersion and kind into. */
  private static final String FIND_KIND_TYPE = "struct { APIVersion string"
      + " \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }";

  private JsonPatch() {}

  static ObjectNode apply(ObjectNode current, byte[] body) {
    JsonNode operations;
    try {
      operations = GoJsonDecoder.decode(body, Target.JSON_PATCH_OPERATIONS);
    } catch (DecodeException e) {
      throw StatusErrors.badRequest("error decoding patch: " + e.getMessage());
    }
    if (operations.size() > MAX_OPERATIONS) {
      throw StatusErrors.requestEntityTooLarge("The allowed maximum operations in a JSON patch is "
          + MAX_OPERATIONS + ", got " + operations.size());
    }
    if (operations.isNull()) {
      return current.deepCopy();
    }
    JsonNode result;
    try {
      result = io.fabric8.zjsonpatch.JsonPatch.apply(operations, reparsed(current),
          EVANPHX_COMPATIBLE);
    } catch (JsonPatchException | IllegalArgumentException | IllegalStateException e) {
      throw StatusErrors.invalidRequest();
    }
    if (!result.isObject()) {
      throw notAnObject(result);
    }
    return (ObjectNode) result;
  }

  /**
   * A copy built by the same parser as the patch, so that {@code test} compares numbers of the
   * same node types (a stored {@code LongNode} would never equal the patch's {@code IntNode}).
   */
  private static JsonNode reparsed(ObjectNode current) {
    try {
      return GoJsonDecoder.MAPPER.readTree(GoJsonDecoder.MAPPER.writeValueAsBytes(current));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The 422 upstream sends when the patched document is no object at all: decoding it to find
   * apiVersion and kind fails, and the failure names the patched JSON.
   */
  private static RuntimeException notAnObject(JsonNode result) {
    String json;
    try {
      json = GoJsonDecoder.MAPPER.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    String cause = result.isNull() ? "Object 'Kind' is missing in 'null'"
        : "couldn't get version/kind; json parse error: json: cannot unmarshal "
            + GoJsonDecoder.kind(result) + " into Go value of type " + FIND_KIND_TYPE;
    return StatusErrors.invalid(new GroupKind("", ""), "",
        List.of(FieldError.invalid("patch", json, cause)));
  }
}
