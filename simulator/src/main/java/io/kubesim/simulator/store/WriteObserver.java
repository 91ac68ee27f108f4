package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sees every object a store holds and then every write it applies, synchronously and in revision
 * order: an index kept by one never lags the store, as one kept from a watch would (a dependent
 * created just before its owner's deletion must not escape the garbage collector).
 *
 * <p>Called under the store's write lock: implementations must be quick, must not call the
 * store, and must neither keep nor change the trees they are shown.
 */
public interface WriteObserver {

  /**
   * The object under {@code key} is now {@code object}.
   *
   * @param object the object as stored, or {@code null} when the key was deleted
   */
  void written(String key, ObjectNode object);

  /** Every object was removed at once ({@link ObjectStore#clear()}). */
  void cleared();
}
