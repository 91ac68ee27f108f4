package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.patch.PatchTarget;
import io.kubesim.simulator.patch.PatchType;
import io.kubesim.simulator.patch.Patches;
import io.kubesim.simulator.store.StoredObject;
import java.util.ArrayList;
import java.util.List;

/**
 * PATCH with a JSON patch, a merge patch or a strategic merge patch: the patch is applied to
 * the stored object, and the result goes through the same path as PUT, including the
 * resourceVersion check (a patch that sets a stale resourceVersion is 409, as kubectl diff and
 * fabric8's edit rely on). Without one, a concurrent write makes the patch reapply.
 */
public final class PatchOperation {

  private static final int MAX_ATTEMPTS = 5;

  private final WriteContext ctx;
  private final UpdateFlow flow;

  public PatchOperation(WriteContext ctx) {
    this.ctx = ctx;
    this.flow = new UpdateFlow(ctx);
  }

  /** Patches the object named by {@code request}'s URL. */
  public ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget target = request.target();
    WriteOptions options = WriteOptions.parse(request.query(), "PatchOptions");
    PatchTarget patchTarget = target.type().javaType() == null
        ? PatchTarget.customResource(target.type().gvk())
        : PatchTarget.builtIn(target.type().gvk());
    if (PatchType.fromContentType(request.contentType(), patchTarget)
        == PatchType.APPLY_PATCH_YAML) {
      // Server-side apply (field ownership, managedFields) is not served yet: answer as a
      // server without it would, never with a 500.
      throw StatusErrors.unsupportedMediaType("application/json-patch+json, "
          + "application/merge-patch+json, application/strategic-merge-patch+json");
    }
    for (int attempt = 1; ; attempt++) {
      StoredObject current = ctx.store().get(target.type(), target.namespace(), target.name());
      List<String> warnings = new ArrayList<>();
      ObjectNode patched = trace.stage("decode", () -> {
        ObjectNode result = Patches.apply(request.contentType(), current.object().deepCopy(),
            request.body(), patchTarget);
        return checkFields(target, result, options, warnings);
      });
      boolean pinned = !patched.path("metadata").path("resourceVersion").asText("")
          .equals(String.valueOf(current.modRevision()));
      try {
        return flow.apply(request, user, trace, current, patched, options, warnings);
      } catch (StatusException e) {
        if (pinned || e.code() != 409 || !"Conflict".equals(e.status().reason())
            || attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** fieldValidation on the patch result: Strict is upstream's 422 on the {@code patch} field. */
  private static ObjectNode checkFields(RequestTarget target, ObjectNode result,
      WriteOptions options, List<String> warnings) {
    String before = result.toString();
    try {
      ObjectDecoding.Decoded d = ObjectDecoding.check(target.type(), result,
          options.fieldValidation());
      warnings.addAll(d.warnings());
      return d.object();
    } catch (StatusException e) {
      String message = e.getMessage();
      int strict = message.indexOf("strict decoding error: ");
      if (strict < 0) {
        throw e;
      }
      throw StatusErrors.invalid(new GroupKind("", ""), "", List.of(
          FieldError.invalid("patch", before, message.substring(strict))));
    }
  }
}
