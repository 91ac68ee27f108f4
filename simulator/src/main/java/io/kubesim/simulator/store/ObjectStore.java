package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An etcd-like key-value store of Kubernetes objects with one global, strictly increasing
 * revision.
 *
 * <p>Keys follow etcd's registry layout, {@code /<group>/<resource>/<namespace>/<name>} (the core
 * group is {@code core}; cluster-scoped resources omit the namespace segment). Every write bumps
 * the revision and stamps it into the stored object as {@code metadata.resourceVersion}.
 *
 * <p>All methods are synchronous and thread-safe, and may block (file I/O, group commit): call
 * them off the Vert.x event loop. A write returns only once it is durable.
 */
public interface ObjectStore extends AutoCloseable {

  /** The revision of the latest write (0 before any write). */
  long currentRevision();

  /** The object under {@code key}, if any. */
  Optional<StoredObject> get(String key);

  /** All objects whose key starts with {@code prefix}, in key order, as one consistent read. */
  StoreList list(String prefix);

  /** The stored JSON under {@code key}, if any, not decoded: cheaper than {@link #get}. */
  Optional<EncodedObject> getEncoded(String key);

  /** {@link #list} without decoding: the stored JSON of each object, cheaper than a tree. */
  EncodedList listEncoded(String prefix);

  /**
   * Stores a new object.
   *
   * @throws StoreException.AlreadyExists when the key is taken
   */
  StoredObject create(String key, ObjectNode object);

  /**
   * Compare-and-swap update: reads the current object, applies {@code mutation} to a copy and
   * stores the result under a new revision.
   *
   * @param expectedRevision the revision the caller read, or 0 for "whatever is current"
   * @param mutation builds the new object from a copy of the current one; it may throw to abort.
   *     With {@code expectedRevision} 0 it may run again on a newer copy when a concurrent write
   *     lands first. A result equal to the current object writes nothing and keeps its revision
   * @throws StoreException.NotFound when the key is absent
   * @throws StoreException.Conflict when {@code expectedRevision} is not the current one
   */
  StoredObject update(String key, long expectedRevision, UnaryOperator<ObjectNode> mutation);

  /**
   * Removes an object and returns its last state, stamped with the deletion's revision as
   * upstream's etcd3 store does.
   *
   * @param expectedRevision the revision the caller read, or 0 for "whatever is current"
   * @throws StoreException.NotFound when the key is absent
   * @throws StoreException.Conflict when {@code expectedRevision} is not the current one
   */
  StoredObject delete(String key, long expectedRevision);

  /**
   * Streams every change under {@code prefix} with a revision greater than {@code afterRevision},
   * first the retained history, then live events, in revision order.
   *
   * @throws StoreException.Expired when {@code afterRevision} is older than the retained history
   */
  StoreWatch watch(String prefix, long afterRevision, WatchListener listener);

  /** Removes every object and resets history, keeping the revision counter monotonic. */
  void clear();

  /**
   * Shows {@code observer} every object held now, then every later write as it is applied (see
   * {@link WriteObserver}); registering is itself atomic with respect to writes.
   */
  void observe(WriteObserver observer);

  @Override
  void close();
}
