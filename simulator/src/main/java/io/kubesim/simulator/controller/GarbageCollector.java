package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.store.StoredObject;

/**
 * The garbage collector, run inline when an owner is deleted: dependents (objects whose
 * {@code ownerReferences} name the owner's uid) are deleted for Background and Foreground
 * propagation, recursively, or released from the owner for Orphan.
 *
 * <p>Inline so that no {@code foregroundDeletion}/{@code orphan} finalizer is ever left behind:
 * with no controller to remove it, {@code kubectl delete --wait} would hang.
 */
public final class GarbageCollector {

  private final ResourceRegistry registry;
  private final ResourceStore store;

  public GarbageCollector(ResourceRegistry registry, ResourceStore store) {
    this.registry = registry;
    this.store = store;
  }

  /** Handles the dependents of a deleted {@code owner} by {@code propagation}. */
  public void ownerDeleted(ObjectNode owner, String propagation) {
    String uid = owner.path("metadata").path("uid").asText("");
    if (uid.isEmpty()) {
      return;
    }
    String namespace = owner.path("metadata").path("namespace").asText("");
    for (ResourceType type : registry.all()) {
      if (!type.supports("delete") || (!namespace.isEmpty() && !type.namespaced())) {
        continue;
      }
      for (StoredObject candidate : store.list(type, namespace).items()) {
        if (ownedBy(candidate.object(), uid)) {
          handle(type, candidate, uid, propagation);
        }
      }
    }
  }

  private void handle(ResourceType type, StoredObject dependent, String ownerUid,
      String propagation) {
    ObjectNode obj = dependent.object();
    String ns = obj.path("metadata").path("namespace").asText("");
    String name = obj.path("metadata").path("name").asText("");
    try {
      if ("Orphan".equals(propagation)) {
        store.update(type, ns, name, 0, current -> release(current, ownerUid));
      } else {
        StoredObject deleted = store.delete(type, ns, name, 0);
        ownerDeleted(deleted.object(), propagation);
      }
    } catch (StatusException e) {
      // Already gone or changed concurrently: nothing left to collect for this dependent.
    }
  }

  private static boolean ownedBy(ObjectNode obj, String uid) {
    for (JsonNode ref : obj.path("metadata").path("ownerReferences")) {
      if (uid.equals(ref.path("uid").asText())) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode release(ObjectNode obj, String ownerUid) {
    JsonNode refs = obj.path("metadata").path("ownerReferences");
    if (refs instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (ownerUid.equals(array.get(i).path("uid").asText())) {
          array.remove(i);
        }
      }
      if (array.isEmpty()) {
        ((ObjectNode) obj.get("metadata")).remove("ownerReferences");
      }
    }
    return obj;
  }
}
