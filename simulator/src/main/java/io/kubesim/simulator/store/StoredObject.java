package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * An object as read from or written to the store.
 *
 * @param key the etcd-style key
 * @param object the object, with {@code metadata.resourceVersion} equal to {@code modRevision};
 *     callers own this tree and may change it
 * @param modRevision the revision of the object's last write
 * @param json the stored JSON {@code object} was decoded from or encoded to, when the store has
 *     it at hand (else null), so that an answer can pass it on without encoding the tree again.
 *     Shared with the store: never change it; it no longer describes {@code object} once the
 *     caller changes the tree. Not part of equality, which is the object's
 */
public record StoredObject(String key, ObjectNode object, long modRevision, byte[] json) {

  /** An object without its stored JSON. */
  public StoredObject(String key, ObjectNode object, long modRevision) {
    this(key, object, modRevision, null);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredObject o && key.equals(o.key) && object.equals(o.object)
        && modRevision == o.modRevision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, object, modRevision);
  }

  @Override
  public String toString() {
    return "StoredObject[key=" + key + ", object=" + object + ", modRevision=" + modRevision + "]";
  }
}
