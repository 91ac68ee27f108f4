package io.kubesim.admission.plugins.limitranger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.AggregateMessage;
import io.kubesim.admission.status.StatusErrors;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Applies the LimitRanges of the request's namespace: the mutating phase gives pod containers
 * the default requests and limits they lack, the validating phase rejects pods and claims that
 * break a {@code min}, {@code max} or {@code maxLimitRequestRatio}.
 *
 * <p>Handles pod creation, pod {@code resize}, and claim creation and update; other pod updates
 * and other subresources pass, as do updates of objects already being deleted. LimitRanges are
 * applied one by one in name order; the first one violated denies the request with all of its
 * violations.
 */
public final class LimitRanger implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "LimitRanger";

  static final String CONTAINER = "Container";
  static final String POD = "Pod";
  static final String PERSISTENT_VOLUME_CLAIM = "PersistentVolumeClaim";

  private static final GroupKind POD_KIND = new GroupKind("", POD);
  private static final GroupKind CLAIM_KIND = new GroupKind("", PERSISTENT_VOLUME_CLAIM);

  private final ClusterView cluster;

  public LimitRanger(ClusterView cluster) {
    this.cluster = cluster;
  }

  /** The factory; the plugin takes no configuration (the LimitRange objects are its rules). */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new LimitRanger(
        environment.cluster()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation == Operation.CREATE || operation == Operation.UPDATE;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    forEachLimitRange(request, (limitRange, object) -> {
      if ("pods".equals(request.resource().resource())) {
        ContainerDefaults.of(limitRange).applyTo(object);
      }
      return List.of();
    });
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    forEachLimitRange(request, (limitRange, object) -> switch (request.resource().resource()) {
      case "pods" -> LimitChecks.ofPod(limitRange, object);
      case "persistentvolumeclaims" -> LimitChecks.ofClaim(limitRange, object);
      default -> List.of();
    });
  }

  private void forEachLimitRange(AdmissionRequest request,
      BiFunction<JsonNode, ObjectNode, List<String>> limit) {
    if (!supports(request) || beingDeleted(request.oldObject())) {
      return;
    }
    for (JsonNode limitRange : cluster.list(KnownResources.LIMIT_RANGES, request.namespace())) {
      List<String> violations = limit.apply(limitRange, request.object());
      if (!violations.isEmpty()) {
        throw StatusErrors.forbidden(request, AggregateMessage.of(violations));
      }
    }
  }

  // upstream decides by kind, then dispatches by resource
  private static boolean supports(AdmissionRequest request) {
    GroupKind kind = request.kind().groupKind();
    Operation operation = request.operation();
    if ("resize".equals(request.subresource())) {
      return POD_KIND.equals(kind) && operation == Operation.UPDATE;
    }
    if (!request.subresource().isEmpty() || request.object() == null) {
      return false;
    }
    // containers cannot change on a pod update, so there is nothing to default or check
    if (POD_KIND.equals(kind) && operation == Operation.UPDATE) {
      return false;
    }
    return POD_KIND.equals(kind) || CLAIM_KIND.equals(kind);
  }

  private static boolean beingDeleted(ObjectNode oldObject) {
    if (oldObject == null) {
      return false;
    }
    JsonNode deletionTimestamp = oldObject.path("metadata").path("deletionTimestamp");
    return !deletionTimestamp.isMissingNode() && !deletionTimestamp.isNull();
  }
}
