package io.kubesim.simulator.store;

import java.util.List;

/**
 * The result of a prefix list: the objects and the store revision the read was consistent at.
 *
 * @param items the objects, in key order
 * @param revision the store revision at the time of the read
 */
public record StoreList(List<StoredObject> items, long revision) {}
