package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ResourceType;
import java.time.Clock;
import java.time.Instant;

/**
 * Decides whether a DELETE removes an object now or marks it with a {@code deletionTimestamp}:
 * finalizers keep it, namespaces turn Terminating, and pods get upstream's graceful period
 * ({@code CheckGracefulDelete}: none when unscheduled or already terminated).
 */
final class GracefulDeletion {

  private GracefulDeletion() {}

  /**
   * What to do with the object.
   *
   * @param keep true when the object stays, marked for deletion
   * @param alreadyTerminating true when it already carries a deletionTimestamp: nothing to do
   * @param deletionTimestamp when it will be deleted
   * @param graceSeconds the recorded grace period
   */
  record Plan(boolean keep, boolean alreadyTerminating, Instant deletionTimestamp,
      long graceSeconds, boolean terminatingNamespace) {

    /** Marks {@code obj} as being deleted. */
    ObjectNode mark(ObjectNode obj) {
      ObjectNode meta = SystemFields.metadata(obj);
      meta.put("deletionTimestamp", SystemFields.timestamp(deletionTimestamp));
      meta.put("deletionGracePeriodSeconds", graceSeconds);
      if (terminatingNamespace) {
        ObjectNode status = obj.has("status") && obj.get("status").isObject()
            ? (ObjectNode) obj.get("status") : obj.putObject("status");
        status.put("phase", "Terminating");
      }
      return obj;
    }
  }

  static Plan plan(ResourceType type, ObjectNode obj, DeleteOptions options, Clock clock) {
    JsonNode meta = obj.path("metadata");
    Instant now = clock.instant();
    boolean core = type.group().isEmpty();
    if (meta.has("deletionTimestamp")) {
      boolean forceNow = core && type.plural().equals("pods")
          && options.gracePeriodSeconds() != null && options.gracePeriodSeconds() == 0
          && meta.path("finalizers").isEmpty();
      return new Plan(false, !forceNow, now, 0, false);
    }
    if (core && type.plural().equals("namespaces")) {
      return new Plan(true, false, now, 0, true);
    }
    long grace = core && type.plural().equals("pods") ? podGrace(obj, options) : 0;
    if (grace > 0) {
      return new Plan(true, false, now.plusSeconds(grace), grace, false);
    }
    if (!meta.path("finalizers").isEmpty()) {
      return new Plan(true, false, now, 0, false);
    }
    return new Plan(false, false, now, 0, false);
  }

  private static long podGrace(ObjectNode pod, DeleteOptions options) {
    long period = options.gracePeriodSeconds() != null ? options.gracePeriodSeconds()
        : pod.path("spec").path("terminationGracePeriodSeconds").asLong(30);
    if (pod.path("spec").path("nodeName").asText("").isEmpty()) {
      return 0;
    }
    String phase = pod.path("status").path("phase").asText("");
    if (phase.equals("Failed") || phase.equals("Succeeded")) {
      return 0;
    }
    return period < 0 ? 1 : period;
  }
}
