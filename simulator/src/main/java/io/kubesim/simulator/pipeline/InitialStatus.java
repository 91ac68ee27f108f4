package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ResourceType;

/**
 * The status a new object starts with: upstream's strategies drop a client-sent status on
 * create for types with a status subresource, and set a few initial phases.
 */
final class InitialStatus {

  private InitialStatus() {}

  static void apply(ResourceType type, ObjectNode object) {
    if (!type.group().isEmpty() || !type.subresources().contains("status")) {
      if (type.subresources().contains("status")) {
        object.remove("status");
      }
      return;
    }
    switch (type.plural()) {
      case "pods" -> {
        object.remove("status");
        object.putObject("status").put("phase", "Pending");
      }
      case "namespaces" -> {
        object.remove("status");
        object.putObject("status").put("phase", "Active");
        ObjectNode spec = object.has("spec") && object.get("spec").isObject()
            ? (ObjectNode) object.get("spec") : object.putObject("spec");
        spec.putArray("finalizers").add("kubernetes");
        // Upstream labels every namespace with its own name (NamespaceDefaultLabelName).
        ObjectNode meta = SystemFields.metadata(object);
        ObjectNode labels = meta.has("labels") && meta.get("labels").isObject()
            ? (ObjectNode) meta.get("labels") : meta.putObject("labels");
        labels.put("kubernetes.io/metadata.name", meta.path("name").asText());
      }
      case "nodes", "persistentvolumes", "persistentvolumeclaims" -> {
        // Upstream keeps these statuses as given (nodes register their own status).
      }
      default -> object.remove("status");
    }
  }
}
