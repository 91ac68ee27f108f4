package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change in the store.
 *
 * @param type ADDED, MODIFIED or DELETED
 * @param key the key that changed
 * @param object the object after the change; for DELETED, the last state with the deletion's
 *     revision as its resourceVersion
 * @param prevObject the object before the change, or {@code null} for ADDED
 * @param revision the revision of this change
 */
public record WatchEvent(
    Type type, String key, ObjectNode object, ObjectNode prevObject, long revision) {

  /** The kind of change. */
  public enum Type {
    ADDED,
    MODIFIED,
    DELETED
  }
}
