package io.kubesim.simulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import org.mapdb.Atomic;
import org.mapdb.DB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits a transactional MapDB in groups: one committer thread makes every write applied so far
 * durable with a single commit (one fsync), then publishes their events and releases their writers.
 *
 * <p>A commit holds the store's write lock, because a MapDB transaction spans the whole database.
 * Writers arriving meanwhile queue on that lock, which is fair, so they all apply before the
 * committer takes the lock again and share the next commit. A failed commit leaves the store
 * failed: the disk no longer matches what writers were told, as when etcd panics on fsync errors.
 */
final class GroupCommit implements CommitPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  private final DB db;
  private final Atomic.Long persistedRevision;
  private final Lock writeLock;
  private final WatchHub hub;
  private final List<RecordedEvent> pending = new ArrayList<>(); // guarded by writeLock
  private final AtomicLong commits = new AtomicLong();
  private final Thread committer;

  private final Object monitor = new Object();
  private long applied; // guarded by monitor
  private long durable; // guarded by monitor
  private boolean closing; // guarded by monitor
  private RuntimeException failure; // guarded by monitor

  GroupCommit(DB db, Atomic.Long persistedRevision, Lock writeLock, WatchHub hub) {
    this.db = db;
    this.persistedRevision = persistedRevision;
    this.writeLock = writeLock;
    this.hub = hub;
    this.applied = persistedRevision.get();
    this.durable = applied;
    this.committer = new Thread(this::commitLoop, "kubesim-store-commit");
    committer.setDaemon(true);
    committer.start();
  }

  @Override
  public void applied(RecordedEvent event) {
    pending.add(event);
    synchronized (monitor) {
      applied = event.revision();
      monitor.notifyAll();
    }
  }

  @Override
  public void awaitDurable(long revision) {
    boolean interrupted = false;
    synchronized (monitor) {
      // An interrupt cannot undo a write already applied, so the writer still waits for it.
      while (durable < revision && failure == null) {
        try {
          monitor.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (durable < revision) {
        throw new IllegalStateException("object store failed to commit", failure);
      }
    }
  }

  @Override
  public void flushLocked() {
    long target;
    synchronized (monitor) {
      if (failure != null) {
        throw new IllegalStateException("object store failed to commit", failure);
      }
      target = applied;
    }
    try {
      persistedRevision.set(target);
      db.commit();
    } catch (RuntimeException e) {
      synchronized (monitor) {
        failure = e;
        monitor.notifyAll();
      }
      throw e;
    }
    commits.incrementAndGet();
    pending.forEach(hub::publish);
    pending.clear();
    synchronized (monitor) {
      durable = target;
      monitor.notifyAll();
    }
  }

  @Override
  public long commits() {
    return commits.get();
  }

  @Override
  public void close() {
    synchronized (monitor) {
      closing = true;
      monitor.notifyAll();
    }
    try {
      committer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void commitLoop() {
    while (awaitWork()) {
      writeLock.lock();
      try {
        flushLocked();
      } catch (RuntimeException e) {
        LOG.error("object store commit failed; the store accepts no more writes", e);
        return; // flushLocked recorded the failure; waiting writers see it
      } finally {
        writeLock.unlock();
      }
    }
  }

  /** Waits for applied writes to commit; false once closing with nothing left to commit. */
  private boolean awaitWork() {
    synchronized (monitor) {
      while (applied <= durable && !closing && failure == null) {
        try {
          monitor.wait();
        } catch (InterruptedException e) {
          closing = true;
        }
      }
      return applied > durable && failure == null;
    }
  }
}
