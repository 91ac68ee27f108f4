package io.kubesim.simulator.store;

/**
 * An object as the store holds it, read without decoding: for answers that only pass the stored
 * JSON on (a GET, an unfiltered LIST) and for readers that cache what they decode.
 *
 * @param key the etcd-style key
 * @param json the stored JSON, shared with the store and every other reader: never change it. A
 *     heap store hands out the same array until the object is written again, so identity is a
 *     cheap "unchanged" test; any store's bytes are equal exactly when the objects are
 */
public record EncodedObject(String key, byte[] json) {}
