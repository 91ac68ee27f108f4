package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.pipeline.SystemFields;
import io.kubesim.simulator.store.StoredObject;
import java.time.Clock;
import java.util.Optional;

/**
 * Deletes an object on a controller's behalf the way the controller's DELETE request would:
 * at once, or, while finalizers hold it, by marking it with a {@code deletionTimestamp} so that
 * whoever owns the finalizers can clean up first.
 */
final class ControllerDeletion {

  private final ResourceStore store;
  private final Clock clock;

  ControllerDeletion(ResourceStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Deletes {@code current}; returns its last state when it left storage, or empty when
   * finalizers hold it.
   *
   * @throws io.kubesim.admission.status.StatusException 404 when it is already gone
   */
  Optional<StoredObject> delete(ResourceType type, StoredObject current) {
    ObjectNode obj = current.object();
    String namespace = obj.path("metadata").path("namespace").asText("");
    String name = obj.path("metadata").path("name").asText("");
    if (obj.path("metadata").path("finalizers").isEmpty()) {
      return Optional.of(store.delete(type, namespace, name, 0));
    }
    if (!obj.path("metadata").has("deletionTimestamp")) {
      store.update(type, namespace, name, 0, latest -> {
        ObjectNode meta = SystemFields.metadata(latest);
        if (!meta.has("deletionTimestamp")) {
          meta.put("deletionTimestamp", SystemFields.timestamp(clock.instant()));
          meta.put("deletionGracePeriodSeconds", 0);
        }
        return latest;
      });
    }
    return Optional.empty();
  }
}
