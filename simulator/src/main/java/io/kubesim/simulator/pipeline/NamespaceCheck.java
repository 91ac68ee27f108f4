package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.RequestTarget;

/**
 * Reconciles the namespace in a body with the one in the URL: the URL wins, an empty body
 * namespace is filled in, a different one is upstream's 400.
 */
final class NamespaceCheck {

  private NamespaceCheck() {}

  /** The namespace the object belongs to (empty for cluster-scoped types). */
  static String resolve(RequestTarget target, ObjectNode object) {
    if (!target.type().namespaced()) {
      return "";
    }
    String body = object.path("metadata").path("namespace").asText("");
    if (!body.isEmpty() && !target.namespace().isEmpty() && !body.equals(target.namespace())) {
      throw StatusErrors.badRequest(
          "the namespace of the provided object does not match the namespace sent on the request");
    }
    return target.namespace().isEmpty() ? body : target.namespace();
  }
}
