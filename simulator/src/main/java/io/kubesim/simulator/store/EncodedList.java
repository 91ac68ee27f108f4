package io.kubesim.simulator.store;

import java.util.List;

/**
 * The result of a prefix list read without decoding: the stored JSON of each object and the store
 * revision the read was consistent at.
 *
 * @param items the objects, in key order
 * @param revision the store revision at the time of the read
 */
public record EncodedList(List<EncodedObject> items, long revision) {}
