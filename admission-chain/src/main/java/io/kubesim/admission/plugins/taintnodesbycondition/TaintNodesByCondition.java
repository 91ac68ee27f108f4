package io.kubesim.admission.plugins.taintnodesbycondition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.ObjectKinds;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusErrors;

/**
 * Gives every node being created the {@code node.kubernetes.io/not-ready:NoSchedule} taint,
 * unless it already carries a taint with that key and effect.
 */
public final class TaintNodesByCondition implements MutatingPlugin {

  public static final String NAME = "TaintNodesByCondition";

  /** The taint the node lifecycle controller removes once the node reports ready. */
  public static final String NOT_READY = "node.kubernetes.io/not-ready";

  private static final String NO_SCHEDULE = "NoSchedule";

  /** The factory; the plugin takes no configuration and ignores any given. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new TaintNodesByCondition());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation == Operation.CREATE;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    if (!KnownResources.NODES.equals(request.resource().groupResource())
        || !request.subresource().isEmpty()) {
      return;
    }
    if (!ObjectKinds.isKind(request.object(), "Node")) {
      throw StatusErrors.forbidden(request, "unexpected type " + ObjectKinds.goTypeName(request));
    }
    ObjectNode spec = request.object().withObjectProperty("spec");
    JsonNode taints = spec.path("taints");
    for (JsonNode taint : taints) {
      // upstream's MatchTaint: key and effect decide, the value does not
      if (NOT_READY.equals(taint.path("key").asText(""))
          && NO_SCHEDULE.equals(taint.path("effect").asText(""))) {
        return;
      }
    }
    ArrayNode list = taints instanceof ArrayNode existing ? existing : spec.putArray("taints");
    list.addObject().put("key", NOT_READY).put("effect", NO_SCHEDULE);
  }
}
