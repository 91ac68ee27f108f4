package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An object as read from the store.
 *
 * @param key the etcd-style key
 * @param object the object, with {@code metadata.resourceVersion} equal to {@code modRevision};
 *     callers own this tree and may change it
 * @param modRevision the revision of the object's last write
 */
public record StoredObject(String key, ObjectNode object, long modRevision) {}
