package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.store.StoredObject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The garbage collector, run inline when an owner is deleted: dependents (objects whose
 * {@code ownerReferences} name the owner's uid) are deleted for Background and Foreground
 * propagation, recursively, or released from the owner for Orphan. Dependents with finalizers
 * are marked for deletion rather than removed, as the collector's DELETE would leave them.
 *
 * <p>Dependents are found through an {@link OwnerIndex} of the store rather than by scanning the
 * owner's namespace, so a delete costs the same however many objects the namespace holds.
 *
 * <p>Inline so that no {@code foregroundDeletion}/{@code orphan} finalizer is ever left behind:
 * with no controller to remove it, {@code kubectl delete --wait} would hang.
 */
public final class GarbageCollector {

  private final ResourceRegistry registry;
  private final ResourceStore store;
  private final ControllerDeletion deletion;
  private final OwnerIndex index;

  /** A collector of {@code store}'s objects; it indexes their owners from now on. */
  public GarbageCollector(ResourceRegistry registry, ResourceStore store, Clock clock) {
    this.registry = registry;
    this.store = store;
    this.deletion = new ControllerDeletion(store, clock);
    this.index = OwnerIndex.of(store.store());
  }

  /** Handles the dependents of a deleted {@code owner} by {@code propagation}. */
  public void ownerDeleted(ObjectNode owner, String propagation) {
    String uid = owner.path("metadata").path("uid").asText("");
    if (uid.isEmpty()) {
      return;
    }
    List<String> dependents = index.dependentsOf(uid);
    if (dependents.isEmpty()) {
      return;
    }
    String namespace = owner.path("metadata").path("namespace").asText("");
    // by type, then by key, as a scan of the owner's namespace type by type would meet them
    for (ResourceType type : registry.all()) {
      if (!type.supports("delete") || (!namespace.isEmpty() && !type.namespaced())) {
        continue;
      }
      String prefix = ResourceStore.prefix(type, namespace);
      for (String key : dependents) {
        if (!key.startsWith(prefix)) {
          continue;
        }
        Optional<StoredObject> candidate = store.store().get(key);
        if (candidate.isPresent() && ownedBy(candidate.get().object(), uid)) {
          handle(type, candidate.get(), uid, propagation);
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
        // A dependent its finalizers hold is only marked; its own dependents go when it does.
        deletion.delete(type, dependent)
            .ifPresent(deleted -> ownerDeleted(deleted.object(), propagation));
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
