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
 * GET, PUT and PATCH on {@code <resource>/<name>/scale} ({@code kubectl scale}, autoscalers):
 * requests and answers are {@code autoscaling/v1 Scale} objects ({@link ScaleView}); a write
 * changes the Scale, then stores its {@code spec.replicas} in the parent through the update
 * path, so admission, the resourceVersion check and the generation bump apply as for the parent.
 */
final class ScaleSubresource {

  private static final int MAX_ATTEMPTS = 5;
  private static final GroupKind SCALE_KIND = new GroupKind("autoscaling", "Scale");

  private final WriteContext ctx;
  private final UpdateFlow flow;

  ScaleSubresource(WriteContext ctx, AfterRemoval afterRemoval) {
    this.ctx = ctx;
    this.flow = new UpdateFlow(ctx, afterRemoval);
  }

  static boolean addresses(RequestTarget target) {
    return target.subresource().equals("scale");
  }

  ApiResponse get(ApiRequest request) {
    RequestTarget t = request.target();
    StoredObject parent = ctx.store().get(t.type(), t.namespace(), t.name());
    return ApiResponse.of(200, ScaleView.of(t.type(), parent.object()), List.of());
  }

  /** PUT of a whole Scale. */
  ApiResponse update(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget t = request.target();
    WriteOptions options = WriteOptions.parse(request.query(), "UpdateOptions");
    List<String> warnings = new ArrayList<>();
    ObjectNode scale = trace.stage("decode", () -> {
      ObjectDecoding.Decoded d = ObjectDecoding.decode(ScaleView.SCALE, request.contentType(),
          request.body(), options.fieldValidation());
      warnings.addAll(d.warnings());
      return d.object();
    });
    StoredObject current = ctx.store().get(t.type(), t.namespace(), t.name());
    return write(request, user, trace, current, scale, options, warnings);
  }

  /** PATCH of the Scale view; reapplied after a concurrent write unless it pins a version. */
  ApiResponse patch(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget t = request.target();
    WriteOptions options = WriteOptions.parse(request.query(), "PatchOptions");
    PatchTarget patchTarget = PatchTarget.builtIn(ScaleView.SCALE.gvk());
    if (PatchType.fromContentType(request.contentType(), patchTarget)
        == PatchType.APPLY_PATCH_YAML) {
      throw StatusErrors.unsupportedMediaType("application/json-patch+json, "
          + "application/merge-patch+json, application/strategic-merge-patch+json");
    }
    for (int attempt = 1; ; attempt++) {
      StoredObject current = ctx.store().get(t.type(), t.namespace(), t.name());
      List<String> warnings = new ArrayList<>();
      ObjectNode scale = trace.stage("decode", () -> {
        ObjectNode patched = Patches.apply(request.contentType(),
            ScaleView.of(t.type(), current.object()), request.body(), patchTarget);
        ObjectDecoding.Decoded d = ObjectDecoding.check(ScaleView.SCALE, patched,
            options.fieldValidation());
        warnings.addAll(d.warnings());
        return d.object();
      });
      boolean pinned = !scale.path("metadata").path("resourceVersion").asText("")
          .equals(String.valueOf(current.modRevision()));
      try {
        return write(request, user, trace, current, scale, options, warnings);
      } catch (StatusException e) {
        if (pinned || e.code() != 409 || attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private ApiResponse write(ApiRequest request, UserInfo user, RequestTrace trace,
      StoredObject current, ObjectNode scale, WriteOptions options, List<String> warnings) {
    RequestTarget t = request.target();
    long replicas = scale.path("spec").path("replicas").asLong(0);
    if (replicas < 0) {
      throw StatusErrors.invalid(SCALE_KIND, t.name(), List.of(FieldError.invalid(
          "spec.replicas", replicas, "must be greater than or equal to 0")));
    }
    ObjectNode parent = current.object().deepCopy();
    parent.with("spec").put("replicas", replicas);
    String version = scale.path("metadata").path("resourceVersion").asText("");
    if (!version.isEmpty()) {
      // A stale version in the Scale is a conflict on the parent, as upstream reports it.
      SystemFields.metadata(parent).put("resourceVersion", version);
    }
    ApiResponse stored = flow.apply(request, user, trace, current, parent, options, warnings);
    return ApiResponse.of(stored.code(), ScaleView.of(t.type(), stored.body()),
        stored.warnings());
  }
}
