package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The template generation of a DaemonSet, which apps/v1 shows as the annotation
 * {@code deprecated.daemonset.template.generation}: 1 on create, one more each time the pod
 * template changes. (Upstream takes an update without the annotation as generation 0 and rejects
 * it as a decrement; the simulator carries the stored value over instead.)
 */
final class DaemonSetTemplateGeneration {

  static final String ANNOTATION = "deprecated.daemonset.template.generation";

  private DaemonSetTemplateGeneration() {}

  static Reservation onCreate(ObjectNode daemonSet) {
    annotations(daemonSet).put(ANNOTATION, String.valueOf(Math.max(1, generation(daemonSet))));
    return Reservation.NONE;
  }

  static Reservation onUpdate(ObjectNode updated, ObjectNode old) {
    long stored = generation(old);
    JsonNode oldTemplate = old.path("spec").path("template");
    long next;
    if (!oldTemplate.equals(updated.path("spec").path("template"))) {
      next = stored + 1;
    } else {
      next = updated.path("metadata").path("annotations").has(ANNOTATION)
          ? generation(updated) : stored;
    }
    annotations(updated).put(ANNOTATION, String.valueOf(next));
    return Reservation.NONE;
  }

  private static long generation(JsonNode daemonSet) {
    String value = daemonSet.path("metadata").path("annotations").path(ANNOTATION).asText("");
    try {
      return value.isEmpty() ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static ObjectNode annotations(ObjectNode object) {
    ObjectNode meta = object.get("metadata") instanceof ObjectNode m ? m
        : object.putObject("metadata");
    return meta.get("annotations") instanceof ObjectNode a ? a : meta.putObject("annotations");
  }
}
