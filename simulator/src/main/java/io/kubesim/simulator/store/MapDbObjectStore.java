package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.store.WatchEvent.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.mapdb.Atomic;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.Serializer;

/**
 * The {@link ObjectStore} on a MapDB sorted map from key to object JSON, either heap-only or on
 * disk with group commit; {@link ObjectStores} opens one.
 *
 * <p>Writes are serialized by one lock, like etcd's single apply loop: each bumps the revision,
 * stamps it into the object and hands the change to the {@link CommitPolicy}, which makes it
 * durable and publishes it to watchers. Reads see whole changes only ({@link StoreLock}), so a
 * list is one consistent snapshot, and return only once the state they saw is durable, so nobody
 * reads a write that a crash could still take back.
 *
 * <p>Reads hand out the stored bytes themselves ({@link #getEncoded}); a decoded read decodes
 * them afresh for its caller. {@link WriteObserver}s see each write under the write lock.
 *
 * <p>Two upstream behaviours are kept: an update whose result equals the stored object writes
 * nothing and keeps its revision, and a delete returns the last state stamped with the deletion's
 * revision.
 */
public final class MapDbObjectStore implements ObjectStore {

  static final String OBJECTS = "objects";
  static final String REVISION = "revision";

  private final Supplier<DB> databases;
  private final boolean durable;
  private DB db; // replaced by clear() when heap-only; guarded by lock
  private BTreeMap<String, byte[]> objects; // likewise
  private final StoreLock lock;
  private final WatchHub hub;
  private final CommitPolicy commits;
  private final List<WriteObserver> observers = new CopyOnWriteArrayList<>();
  private volatile long revision; // written under the write lock
  private volatile boolean closed; // written under the write lock

  /**
   * @param databases opens the database; called once when durable, and again by every {@link
   *     #clear()} when heap-only
   * @param durable true for a transactional file database, committed in groups
   */
  MapDbObjectStore(Supplier<DB> databases, StoreOptions options, boolean durable) {
    this.databases = databases;
    this.durable = durable;
    this.db = databases.get();
    this.objects = objectsOf(db);
    Atomic.Long persistedRevision = db.atomicLong(REVISION).createOrOpen();
    this.revision = persistedRevision.get();
    this.hub = new WatchHub(options, revision);
    this.lock = new StoreLock(durable);
    this.commits =
        durable
            ? new GroupCommit(db, persistedRevision, lock.writeLock(), hub)
            : new ImmediateCommit(hub);
  }

  /** How many durable commits (fsyncs) this store made since it opened; 0 when heap-only. */
  public long commits() {
    return commits.commits();
  }

  @Override
  public long currentRevision() {
    long current = lock.read(() -> {
      ensureOpen();
      return revision;
    });
    commits.awaitDurable(current);
    return current;
  }

  @Override
  public Optional<StoredObject> get(String key) {
    return Optional.ofNullable(readJson(key)).map(json -> StoreJson.stored(key, json));
  }

  @Override
  public Optional<EncodedObject> getEncoded(String key) {
    return Optional.ofNullable(readJson(key)).map(json -> new EncodedObject(key, json));
  }

  /** The stored JSON under {@code key}, or null, once the state it was read from is durable. */
  private byte[] readJson(String key) {
    Objects.requireNonNull(key, "key");
    Read read = lock.read(() -> {
      ensureOpen();
      return new Read(objects.get(key), revision);
    });
    commits.awaitDurable(read.revision());
    return read.json();
  }

  /** A value read together with the revision the store was at. */
  private record Read(byte[] json, long revision) {}

  @Override
  public StoreList list(String prefix) {
    EncodedList encoded = listEncoded(prefix);
    List<StoredObject> items = new ArrayList<>(encoded.items().size());
    encoded.items().forEach(item -> items.add(StoreJson.stored(item.key(), item.json())));
    return new StoreList(items, encoded.revision());
  }

  @Override
  public EncodedList listEncoded(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    EncodedList list = lock.read(() -> {
      ensureOpen();
      long current = revision;
      List<EncodedObject> items = new ArrayList<>();
      for (Map.Entry<String, byte[]> entry : objects.tailMap(prefix, true).entrySet()) {
        if (!entry.getKey().startsWith(prefix)) {
          break;
        }
        items.add(new EncodedObject(entry.getKey(), entry.getValue()));
      }
      return new EncodedList(items, current);
    });
    commits.awaitDurable(list.revision());
    return list;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The object is encoded before the write lock is taken, with a {@link RevisionSlot} that the
   * revision is copied into under the lock: writers hold it only as long as a map insert takes.
   */
  @Override
  public StoredObject create(String key, ObjectNode object) {
    Objects.requireNonNull(key, "key");
    ObjectNode created = object.deepCopy();
    RevisionSlot slot = RevisionSlot.encode(created);
    long next;
    byte[] json;
    lock.writeLock().lock();
    try {
      ensureOpen();
      next = revision + 1;
      StoreJson.stampRevision(created, next);
      json = slot != null ? slot.fill(next) : StoreJson.encode(created);
      RecordedEvent event = new RecordedEvent(Type.ADDED, key, json, null, next);
      boolean added = lock.change(() -> {
        if (objects.putIfAbsent(key, event.object()) != null) {
          return false;
        }
        revision = event.revision();
        return true;
      });
      if (!added) {
        throw new StoreException.AlreadyExists(key);
      }
      published(event, created);
    } finally {
      lock.writeLock().unlock();
    }
    commits.awaitDurable(next);
    return new StoredObject(key, created, next, json);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The mutation runs outside the write lock on what the store held when the update began. If
   * another write lands meanwhile, an unconditional update ({@code expectedRevision} 0) runs the
   * mutation again on the new state, as upstream's GuaranteedUpdate does; a conditional one fails
   * with a conflict.
   */
  @Override
  public StoredObject update(
      String key, long expectedRevision, UnaryOperator<ObjectNode> mutation) {
    while (true) {
      byte[] read = readJson(key);
      if (read == null) {
        throw new StoreException.NotFound(key);
      }
      StoredObject current = StoreJson.stored(key, read);
      checkExpected(key, expectedRevision, current.modRevision());
      ObjectNode updated =
          Objects.requireNonNull(mutation.apply(current.object()), "mutation returned null");
      RevisionSlot slot = RevisionSlot.encode(updated);
      StoreJson.stampRevision(updated, current.modRevision());
      byte[] unchanged = slot != null ? slot.fill(current.modRevision())
          : StoreJson.encode(updated);
      if (Arrays.equals(unchanged, read)) {
        // upstream skips no-op writes
        return new StoredObject(key, updated, current.modRevision(), read);
      }
      long next;
      byte[] json;
      lock.writeLock().lock();
      try {
        ensureOpen();
        byte[] stored = objects.get(key);
        if (stored == null) {
          throw new StoreException.NotFound(key);
        }
        if (!Arrays.equals(stored, read)) { // another write landed since we read
          checkExpected(key, expectedRevision, StoreJson.stored(key, stored).modRevision());
          continue;
        }
        next = revision + 1;
        StoreJson.stampRevision(updated, next);
        json = slot != null ? slot.fill(next) : StoreJson.encode(updated);
        apply(new RecordedEvent(Type.MODIFIED, key, json, stored, next), updated);
      } finally {
        lock.writeLock().unlock();
      }
      commits.awaitDurable(next);
      return new StoredObject(key, updated, next, json);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The returned object is the last state stamped with the deletion's revision, as upstream's
   * etcd3 store returns it.
   */
  @Override
  public StoredObject delete(String key, long expectedRevision) {
    Objects.requireNonNull(key, "key");
    StoredObject deleted;
    lock.writeLock().lock();
    try {
      ensureOpen();
      byte[] stored = objects.get(key);
      if (stored == null) {
        throw new StoreException.NotFound(key);
      }
      ObjectNode last = StoreJson.decode(stored);
      checkExpected(key, expectedRevision, StoreJson.revisionOf(last));
      long next = revision + 1;
      StoreJson.stampRevision(last, next);
      byte[] json = StoreJson.encode(last);
      apply(new RecordedEvent(Type.DELETED, key, json, stored, next), null);
      deleted = new StoredObject(key, last, next, json);
    } finally {
      lock.writeLock().unlock();
    }
    commits.awaitDurable(deleted.modRevision());
    return deleted;
  }

  @Override
  public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(listener, "listener");
    return hub.watch(prefix, afterRevision, listener);
  }

  /** {@inheritDoc} Watches end with {@link WatchListener#onClose()}; no DELETED events are sent. */
  @Override
  public void clear() {
    lock.writeLock().lock();
    try {
      ensureOpen();
      if (durable) {
        lock.change(() -> {
          objects.clear();
          return null;
        });
        commits.flushLocked();
      } else {
        // A fresh map, because MapDB's BTreeMap never shrinks: clearing one that once held many
        // objects walks all its emptied nodes, and they would stay on the heap.
        DB fresh = databases.get();
        DB cleared = lock.change(() -> {
          DB old = db;
          db = fresh;
          objects = objectsOf(fresh);
          return old;
        });
        cleared.close();
      }
      hub.reset();
      observers.forEach(WriteObserver::cleared);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void observe(WriteObserver observer) {
    Objects.requireNonNull(observer, "observer");
    lock.writeLock().lock();
    try {
      ensureOpen();
      objects.forEach((key, json) -> observer.written(key, StoreJson.decode(json)));
      observers.add(observer);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Makes pending writes durable, ends every watch and releases the database. Idempotent. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true; // from here no write is applied, so the committer can drain and stop
    } finally {
      lock.writeLock().unlock();
    }
    commits.close();
    lock.writeLock().lock();
    try {
      hub.close();
      lock.change(() -> {
        db.close();
        return null;
      });
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Applies a write to the map and hands it on. Called under the write lock.
   *
   * @param object the tree the event's bytes encode, or null for a deletion
   */
  private void apply(RecordedEvent event, ObjectNode object) {
    lock.change(() -> {
      if (event.type() == Type.DELETED) {
        objects.remove(event.key());
      } else {
        objects.put(event.key(), event.object());
      }
      revision = event.revision();
      return null;
    });
    published(event, object);
  }

  /** Hands on a write already in the map. Called under the write lock. */
  private void published(RecordedEvent event, ObjectNode object) {
    commits.applied(event);
    for (WriteObserver observer : observers) {
      observer.written(event.key(), object);
    }
  }

  private static BTreeMap<String, byte[]> objectsOf(DB db) {
    return db.treeMap(OBJECTS, Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
  }

  private static void checkExpected(String key, long expected, long actual) {
    if (expected != 0 && expected != actual) {
      throw new StoreException.Conflict(key, expected, actual);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("object store is closed");
    }
  }
}
