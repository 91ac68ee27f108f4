package io.kubesim.simulator.store;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * The locking of a {@link MapDbObjectStore}: one writer at a time, and reads that see either all of
 * a change to the map or none of it.
 *
 * <p>On a heap store a read does not wait for the writer: it runs without a lock and keeps its
 * result only if no change was applied meanwhile (a sequence lock around each change of the map,
 * StampedLock's optimistic read), and runs again under the read lock otherwise. Writers hold the
 * write lock for all their work, but a change itself (a map insert and the revision bump) is
 * short, so reads almost never retry: under many concurrent creates the readers no longer queue
 * behind a writer. A file store always reads under the read lock, which its group commit relies on.
 */
final class StoreLock {

  private final ReentrantReadWriteLock lock;
  private final StampedLock changes = new StampedLock();
  private final boolean optimisticReads;

  /** @param durable true for a file store: fair, and reads always take the read lock */
  StoreLock(boolean durable) {
    this.lock = new ReentrantReadWriteLock(durable); // fairness is what batches commits
    this.optimisticReads = !durable;
  }

  /** The writers' lock. */
  Lock writeLock() {
    return lock.writeLock();
  }

  /**
   * Runs {@code read}, which must have no side effects: it may run twice, and its first run may
   * see a change half applied (then its result or exception is discarded).
   */
  <T> T read(Supplier<T> read) {
    if (optimisticReads) {
      long stamp = changes.tryOptimisticRead();
      if (stamp != 0L) {
        try {
          T result = read.get();
          if (changes.validate(stamp)) {
            return result;
          }
        } catch (RuntimeException e) {
          if (changes.validate(stamp)) {
            throw e;
          }
        }
      }
    }
    lock.readLock().lock();
    try {
      return read.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Applies {@code change} to the map as one step for readers. Called under the write lock. */
  <T> T change(Supplier<T> change) {
    long stamp = changes.writeLock();
    try {
      return change.get();
    } finally {
      changes.unlockWrite(stamp);
    }
  }
}
