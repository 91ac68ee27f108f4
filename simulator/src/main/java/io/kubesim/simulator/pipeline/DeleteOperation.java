package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.StatusJson;
import io.kubesim.simulator.controller.GarbageCollector;
import io.kubesim.simulator.controller.NamespaceFinalizer;
import io.kubesim.simulator.store.StoredObject;
import java.util.List;
import java.util.Set;

/**
 * DELETE of one object, with upstream's deletion semantics: preconditions, finalizers (the
 * object stays with a {@code deletionTimestamp}), graceful pod deletion (pods on no node go at
 * once), namespaces that turn Terminating and are emptied, and garbage collection of dependents.
 */
public final class DeleteOperation {

  /**
   * Types whose DELETE answers the object rather than a success Status: upstream's stores with
   * {@code ReturnDeletedObject}, as the 1.33 OpenAPI documents their DELETE responses (clients
   * generated from it, such as the official Java client, decode nothing else).
   */
  private static final Set<String> RETURNS_DELETED_OBJECT = Set.of("pods", "services",
      "serviceaccounts", "podtemplates", "resourcequotas", "persistentvolumes",
      "persistentvolumeclaims", "namespaces", "storageclasses.storage.k8s.io",
      "csidrivers.storage.k8s.io", "csinodes.storage.k8s.io", "volumeattachments.storage.k8s.io",
      "volumeattributesclasses.storage.k8s.io", "deviceclasses.resource.k8s.io",
      "resourceclaims.resource.k8s.io", "resourceclaimtemplates.resource.k8s.io",
      "resourceslices.resource.k8s.io", "devicetaintrules.resource.k8s.io");

  private final WriteContext ctx;
  private final AdmissionStage admission;
  private final GarbageCollector gc;
  private final NamespaceFinalizer namespaces;

  public DeleteOperation(WriteContext ctx, GarbageCollector gc, NamespaceFinalizer namespaces) {
    this.ctx = ctx;
    this.admission = new AdmissionStage(ctx.admission());
    this.gc = gc;
    this.namespaces = namespaces;
  }

  /** Deletes the object named by {@code request}'s URL. */
  public ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    DeleteOptions options = trace.stage("decode",
        () -> DeleteOptions.parse(request.body(), request.query()));
    return delete(request.target(), options, user, trace);
  }

  /** Deletes one object with already parsed options (also used by deletecollection). */
  ApiResponse delete(RequestTarget target, DeleteOptions options, UserInfo user,
      RequestTrace trace) {
    ResourceType type = target.type();
    StoredObject current = ctx.store().get(type, target.namespace(), target.name());
    ObjectNode obj = current.object();
    checkPreconditions(target, options, current);
    AdmissionRequest ar = new AdmissionRequest(Operation.DELETE, type.gvk(), type.gvr(),
        target.subresource(), target.namespace(), target.name(), null, obj.deepCopy(), user,
        options.dryRun(), null);
    List<String> warnings = admission.mutate(ar, trace);
    warnings.addAll(admission.validate(ar, trace));
    Removal result = trace.stage("storage", () -> remove(target, current, options));
    if (result.removed() && !RETURNS_DELETED_OBJECT.contains(type.groupResource().toString())) {
      return ApiResponse.of(200, StatusJson.deleted(type, target.name(),
          obj.path("metadata").path("uid").asText("")), warnings);
    }
    return new ApiResponse(200, result.answer(), warnings);
  }

  /** The object after the DELETE, as answered, and whether it left storage. */
  private record Removal(JsonBody answer, boolean removed) {

    Removal(ObjectNode object, boolean removed) {
      this(JsonBody.of(object), removed);
    }
  }

  private Removal remove(RequestTarget target, StoredObject current, DeleteOptions options) {
    ResourceType type = target.type();
    ObjectNode obj = current.object();
    GracefulDeletion.Plan plan = GracefulDeletion.plan(type, obj, options, ctx.clock());
    if (plan.alreadyTerminating()) {
      return new Removal(obj, false);
    }
    if (plan.keep()) {
      ObjectNode marked = plan.mark(obj.deepCopy());
      if (options.dryRun()) {
        return new Removal(marked, false);
      }
      StoredObject stored = ctx.store().update(type, target.namespace(), target.name(),
          current.modRevision(), ignored -> marked);
      if (type.group().isEmpty() && type.plural().equals("namespaces")) {
        namespaces.finalizeLater(type, target.name());
      }
      return new Removal(JsonBody.written(stored), false);
    }
    if (options.dryRun()) {
      return new Removal(obj, true);
    }
    StoredObject deleted = ctx.store().delete(type, target.namespace(), target.name(),
        current.modRevision());
    gc.ownerDeleted(deleted.object(), options.propagation());
    return new Removal(JsonBody.written(deleted), true);
  }

  private static void checkPreconditions(RequestTarget target, DeleteOptions options,
      StoredObject current) {
    String uid = current.object().path("metadata").path("uid").asText("");
    String rv = String.valueOf(current.modRevision());
    if (!options.preconditionUid().isEmpty() && !options.preconditionUid().equals(uid)) {
      throw StatusErrors.conflict(target.type().groupResource(), target.name(),
          "Precondition failed: UID in precondition: " + options.preconditionUid()
              + ", UID in object meta: " + uid);
    }
    if (!options.preconditionResourceVersion().isEmpty()
        && !options.preconditionResourceVersion().equals(rv)) {
      throw StatusErrors.conflict(target.type().groupResource(), target.name(),
          "Precondition failed: ResourceVersion in precondition: "
              + options.preconditionResourceVersion() + ", ResourceVersion in object meta: " + rv);
    }
  }
}
