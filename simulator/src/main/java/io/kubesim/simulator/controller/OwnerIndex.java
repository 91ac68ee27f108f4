package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.WriteObserver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which stored objects name which owner in their {@code ownerReferences}: the garbage
 * collector's dependency graph, so that deleting an object finds its dependents without scanning
 * every type in its namespace, and a delete with no dependents costs next to nothing.
 *
 * <p>Kept current by every store write, under the store's write lock (a dependent created just
 * before its owner is deleted is never missed), and built from the store's content when it starts
 * observing, so a reopened file store and a cleared one are indexed too.
 */
final class OwnerIndex implements WriteObserver {

  private final Map<String, Set<String>> dependents = new HashMap<>(); // guarded by this
  private final Map<String, List<String>> owners = new HashMap<>(); // guarded by this

  private OwnerIndex() {}

  /** An index of {@code store}'s objects, from now on kept current with its writes. */
  static OwnerIndex of(ObjectStore store) {
    OwnerIndex index = new OwnerIndex();
    store.observe(index);
    return index;
  }

  @Override
  public synchronized void written(String key, ObjectNode object) {
    List<String> now = object == null ? List.of() : ownerUids(object);
    List<String> before = owners.getOrDefault(key, List.of());
    if (now.equals(before)) {
      return;
    }
    for (String uid : before) {
      Set<String> keys = dependents.get(uid);
      keys.remove(key);
      if (keys.isEmpty()) {
        dependents.remove(uid);
      }
    }
    for (String uid : now) {
      dependents.computeIfAbsent(uid, u -> new TreeSet<>()).add(key);
    }
    if (now.isEmpty()) {
      owners.remove(key);
    } else {
      owners.put(key, now);
    }
  }

  @Override
  public synchronized void cleared() {
    dependents.clear();
    owners.clear();
  }

  /** The keys of the objects that name {@code uid} as an owner, in key order. */
  synchronized List<String> dependentsOf(String uid) {
    Set<String> keys = dependents.get(uid);
    return keys == null ? List.of() : List.copyOf(keys);
  }

  private static List<String> ownerUids(ObjectNode object) {
    JsonNode refs = object.path("metadata").path("ownerReferences");
    if (refs.isEmpty()) {
      return List.of();
    }
    List<String> uids = new ArrayList<>(refs.size());
    for (JsonNode ref : refs) {
      String uid = ref.path("uid").asText();
      if (!uid.isEmpty() && !uids.contains(uid)) {
        uids.add(uid);
      }
    }
    return uids;
  }
}
