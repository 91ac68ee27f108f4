package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.store.StoredObject;
import java.util.concurrent.Executor;

/**
 * The namespace controller's deletion half: once a namespace is Terminating it deletes every
 * object in it, then removes the {@code kubernetes} finalizer, which removes the namespace.
 * Runs on its own executor so that, as in a real cluster, the namespace is visibly Terminating
 * for a moment after the DELETE returns.
 */
public final class NamespaceFinalizer {

  private final ResourceRegistry registry;
  private final ResourceStore store;
  private final Executor executor;

  public NamespaceFinalizer(ResourceRegistry registry, ResourceStore store, Executor executor) {
    this.registry = registry;
    this.store = store;
    this.executor = executor;
  }

  /** Schedules the emptying and removal of the terminating namespace {@code name}. */
  public void finalizeLater(ResourceType namespaces, String name) {
    executor.execute(() -> finalizeNow(namespaces, name));
  }

  /** Empties and removes the namespace on the calling thread. */
  public void finalizeNow(ResourceType namespaces, String name) {
    for (ResourceType type : registry.all()) {
      if (!type.namespaced()) {
        continue;
      }
      for (StoredObject obj : store.list(type, name).items()) {
        try {
          store.delete(type, name, obj.object().path("metadata").path("name").asText(), 0);
        } catch (StatusException e) {
          // Deleted concurrently: fine.
        }
      }
    }
    try {
      StoredObject ns = store.update(namespaces, "", name, 0, NamespaceFinalizer::dropFinalizer);
      if (ns.object().path("spec").path("finalizers").isEmpty()
          && ns.object().path("metadata").path("finalizers").isEmpty()) {
        store.delete(namespaces, "", name, 0);
      }
    } catch (StatusException e) {
      // Already removed.
    }
  }

  private static ObjectNode dropFinalizer(ObjectNode ns) {
    JsonNode fin = ns.path("spec").path("finalizers");
    if (fin instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if ("kubernetes".equals(array.get(i).asText())) {
          array.remove(i);
        }
      }
    }
    return ns;
  }
}
