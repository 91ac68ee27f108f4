package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.StoredObject;
import io.kubesim.simulator.strategy.Reservation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared second half of PUT and PATCH: given the stored object and the desired one, check
 * the resourceVersion precondition, carry server-owned fields over, run admission and
 * validation, and store with compare-and-swap. Unchanged objects are not rewritten (no new
 * revision, as upstream), and an object being deleted is removed once its finalizers are gone.
 */
final class UpdateFlow {

  private final WriteContext ctx;
  private final AdmissionStage admission;
  private final AfterRemoval afterRemoval;

  UpdateFlow(WriteContext ctx, AfterRemoval afterRemoval) {
    this.ctx = ctx;
    this.admission = new AdmissionStage(ctx.admission());
    this.afterRemoval = afterRemoval;
  }

  ApiResponse apply(ApiRequest request, UserInfo user, RequestTrace trace, StoredObject current,
      ObjectNode desired, WriteOptions options, List<String> warnings) {
    RequestTarget target = request.target();
    ResourceType type = target.type();
    ObjectNode old = current.object();
    String clientRv = desired.path("metadata").path("resourceVersion").asText("");
    if (!clientRv.isEmpty() && !clientRv.equals(String.valueOf(current.modRevision()))) {
      throw StatusErrors.optimisticLockConflict(type.groupResource(), target.name());
    }
    // The registry's PrepareForUpdate runs before the generation is decided: a value it carries
    // over from the stored object (a cluster IP left out of a PUT) is no spec change.
    try (Reservation reserved = prepare(target, desired, old, trace)) {
      ObjectNode updated = SystemFields.prepareUpdate(type, old, desired, target.subresource());
      SystemFields.metadata(updated)
          .put("resourceVersion", String.valueOf(current.modRevision()));
      checkFinalizers(type, old, updated);
      AdmissionRequest ar = new AdmissionRequest(Operation.UPDATE, type.gvk(), type.gvr(),
          target.subresource(), target.namespace(), target.name(), updated, old.deepCopy(), user,
          options.dryRun(), null);
      warnings.addAll(admission.mutate(ar, trace));
      trace.stage("schema-validation", () -> {
        SchemaValidation.validate(type, updated);
        return null;
      });
      warnings.addAll(admission.validate(ar, trace));
      // What upstream returns is read back from storage, and so defaulted once more.
      ObjectDecoding.applyDefaults(type, updated);
      JsonBody result = trace.stage("storage", () -> store(target, current, updated, options));
      return new ApiResponse(200, result, warnings);
    }
  }

  /** The registry's update hook, for writes to the resource itself (not to its status). */
  private Reservation prepare(RequestTarget target, ObjectNode desired, ObjectNode old,
      RequestTrace trace) {
    GroupResource resource = target.type().groupResource();
    if (!target.subresource().isEmpty() || !ctx.hooks().handlesUpdate(resource)) {
      return Reservation.NONE;
    }
    return trace.stage("prepare-for-update",
        () -> ctx.hooks().beforeUpdate(resource, desired, old));
  }

  private JsonBody store(RequestTarget target, StoredObject current, ObjectNode updated,
      WriteOptions options) {
    ResourceType type = target.type();
    if (updated.equals(current.object())) {
      return JsonBody.of(current.object());
    }
    boolean finishDeletion = updated.path("metadata").has("deletionTimestamp")
        && updated.path("metadata").path("finalizers").isEmpty();
    if (options.dryRun()) {
      return JsonBody.of(updated);
    }
    if (finishDeletion) {
      StoredObject removed = ctx.store().delete(type, target.namespace(), target.name(),
          current.modRevision());
      afterRemoval.removed(type, removed.object());
      return JsonBody.of(updated);
    }
    return JsonBody.written(ctx.store().update(type, target.namespace(), target.name(),
        current.modRevision(), ignored -> updated));
  }

  /** While an object is being deleted, finalizers may be removed but never added. */
  private static void checkFinalizers(ResourceType type, ObjectNode old, ObjectNode updated) {
    if (!old.path("metadata").has("deletionTimestamp")) {
      return;
    }
    Set<String> before = new HashSet<>();
    old.path("metadata").path("finalizers").forEach(f -> before.add(f.asText()));
    List<String> added = new ArrayList<>();
    for (JsonNode f : updated.path("metadata").path("finalizers")) {
      if (!before.contains(f.asText())) {
        added.add(f.asText());
      }
    }
    if (!added.isEmpty()) {
      StringBuilder go = new StringBuilder("[]string{");
      for (int i = 0; i < added.size(); i++) {
        go.append(i == 0 ? "" : ", ").append('"').append(added.get(i)).append('"');
      }
      go.append('}');
      throw StatusErrors.invalid(type.gvk().groupKind(),
          updated.path("metadata").path("name").asText(""),
          List.of(FieldError.forbidden("metadata.finalizers",
              "no new finalizers can be added if the object is being deleted, found new "
                  + "finalizers " + go)));
    }
  }

  static GroupKind optionsKind(String kind) {
    return new GroupKind("meta.k8s.io", kind);
  }
}
