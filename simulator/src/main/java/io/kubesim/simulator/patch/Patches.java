package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;

/**
 * Applies a JSON patch, a JSON merge patch or a strategic merge patch to the current object, as
 * kube-apiserver 1.33's PATCH handler does, failing with upstream's Status errors.
 *
 * <p>This is only the patch step: the caller reads the object (404 if absent), then admits,
 * validates and stores the result, and compares its {@code resourceVersion} with the stored one
 * (409). Server-side apply ({@link PatchType#APPLY_PATCH_YAML}) is not a merge and is not handled
 * here. The current object is never modified.
 */
public final class Patches {

  private Patches() {}

  /**
   * Applies {@code patchBody} to {@code current}, choosing the patch type from the request's
   * {@code Content-Type}.
   *
   * @throws io.kubesim.admission.status.StatusException 415 for a content type the target does
   *     not accept; otherwise as {@link #apply(PatchType, ObjectNode, byte[], PatchTarget)}
   * @throws IllegalArgumentException for {@code application/apply-patch+yaml}
   */
  public static ObjectNode apply(String contentType, ObjectNode current, byte[] patchBody,
      PatchTarget target) {
    return apply(PatchType.fromContentType(contentType, target), current, patchBody, target);
  }

  /**
   * Applies a patch of a known type and returns the patched copy.
   *
   * @throws io.kubesim.admission.status.StatusException 400 for a body that does not decode or a
   *     malformed directive, 413 for an over-long JSON patch, 415 for strategic merge patch on a
   *     custom resource, 422 for a JSON patch operation that does not apply, 500 (no reason) for
   *     the strategic-merge-patch failures upstream reports as plain errors
   * @throws IllegalArgumentException for {@link PatchType#APPLY_PATCH_YAML}
   */
  public static ObjectNode apply(PatchType type, ObjectNode current, byte[] patchBody,
      PatchTarget target) {
    type.requireAcceptedBy(target);
    return switch (type) {
      case JSON_PATCH -> JsonPatch.apply(current, patchBody);
      case MERGE_PATCH -> MergePatch.apply(current, patchBody);
      case STRATEGIC_MERGE_PATCH -> {
        GroupVersionKind gvk = target.gvk();
        yield StrategicMergePatch.apply(current, patchBody,
            PatchStrategyCatalog.builtIn().schemaFor(gvk.apiVersion(), gvk.kind()));
      }
      case APPLY_PATCH_YAML -> throw new IllegalArgumentException(
          "server-side apply merges by field ownership; it is not a patch Patches applies");
    };
  }
}
