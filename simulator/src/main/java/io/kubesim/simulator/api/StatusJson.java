package io.kubesim.simulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.Status;
import io.kubesim.admission.status.StatusCause;
import io.kubesim.admission.status.StatusDetails;

/**
 * Renders {@link Status} values as {@code metav1.Status} JSON, in upstream's key order and with
 * its omit-empty rules ({@code metadata} always present, {@code details:{}} when empty).
 */
public final class StatusJson {

  private StatusJson() {}

  /** The failure body for {@code status}. */
  public static ObjectNode failure(Status status) {
    ObjectNode node = header("Failure");
    putIfNotEmpty(node, "message", status.message());
    putIfNotEmpty(node, "reason", status.reason());
    if (status.details() != null) {
      node.set("details", details(status.details(), ""));
    }
    node.put("code", status.code());
    return node;
  }

  /** The success body a DELETE answers for most kinds: names the deleted object. */
  public static ObjectNode deleted(ResourceType type, String name, String uid) {
    ObjectNode node = header("Success");
    StatusDetails d = StatusDetails.of(name, type.group(), type.plural());
    node.set("details", details(d, uid));
    return node;
  }

  private static ObjectNode header(String outcome) {
    ObjectNode node = ObjectMappers.json().createObjectNode();
    node.put("kind", "Status");
    node.put("apiVersion", "v1");
    node.putObject("metadata");
    node.put("status", outcome);
    return node;
  }

  private static ObjectNode details(StatusDetails d, String uid) {
    ObjectNode node = ObjectMappers.json().createObjectNode();
    putIfNotEmpty(node, "name", d.name());
    putIfNotEmpty(node, "group", d.group());
    putIfNotEmpty(node, "kind", d.kind());
    putIfNotEmpty(node, "uid", uid);
    if (!d.causes().isEmpty()) {
      ArrayNode causes = node.putArray("causes");
      for (StatusCause c : d.causes()) {
        ObjectNode cause = causes.addObject();
        putIfNotEmpty(cause, "reason", c.reason());
        putIfNotEmpty(cause, "message", c.message());
        putIfNotEmpty(cause, "field", c.field());
      }
    }
    if (d.retryAfterSeconds() > 0) {
      node.put("retryAfterSeconds", d.retryAfterSeconds());
    }
    return node;
  }

  private static void putIfNotEmpty(ObjectNode node, String field, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(field, value);
    }
  }
}
