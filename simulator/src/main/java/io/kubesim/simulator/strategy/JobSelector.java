package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A new Job's own selector, as upstream's job strategy generates it unless the Job asks for a
 * manual selector: the pod template is labelled with the Job's name and uid (under the
 * {@code batch.kubernetes.io/} keys and the legacy bare ones), and the selector matches the uid,
 * so the Job's pods can never be confused with another Job's. Labels the client set are kept; if
 * they conflict, validation rejects the Job.
 */
final class JobSelector implements CreateHook {

  static final String CONTROLLER_UID = "batch.kubernetes.io/controller-uid";
  static final String JOB_NAME = "batch.kubernetes.io/job-name";
  private static final String LEGACY_CONTROLLER_UID = "controller-uid";
  private static final String LEGACY_JOB_NAME = "job-name";

  @Override
  public Reservation beforeCreate(ObjectNode job) {
    ObjectNode spec = object(job, "spec");
    if (spec.path("manualSelector").asBoolean(false)) {
      return Reservation.NONE;
    }
    JsonNode meta = job.path("metadata");
    String name = meta.path("name").asText("");
    String uid = meta.path("uid").asText("");
    ObjectNode labels = object(object(object(spec, "template"), "metadata"), "labels");
    putIfAbsent(labels, LEGACY_JOB_NAME, name);
    putIfAbsent(labels, JOB_NAME, name);
    putIfAbsent(labels, LEGACY_CONTROLLER_UID, uid);
    putIfAbsent(labels, CONTROLLER_UID, uid);
    putIfAbsent(object(object(spec, "selector"), "matchLabels"), CONTROLLER_UID, uid);
    return Reservation.NONE;
  }

  private static void putIfAbsent(ObjectNode labels, String key, String value) {
    if (!labels.has(key)) {
      labels.put(key, value);
    }
  }

  private static ObjectNode object(ObjectNode parent, String field) {
    return parent.get(field) instanceof ObjectNode child ? child : parent.putObject(field);
  }
}
