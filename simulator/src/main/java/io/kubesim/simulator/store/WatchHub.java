package io.kubesim.simulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fans published events out to watches and keeps the bounded history they resume from.
 *
 * <p>Publishing and registering a watch share one lock, so a new watch sees every event exactly
 * once: those published before it registered come from history, later ones live. Events must be
 * published in revision order, which the store guarantees by publishing only from its writer.
 */
final class WatchHub {

  private final EventHistory history;
  private final int watchCapacity;
  private final ExecutorService delivery = Executors.newCachedThreadPool(deliveryThreads());
  private final List<WatchStream> watches = new ArrayList<>(); // guarded by this
  private long latestRevision; // guarded by this
  private boolean closed; // guarded by this

  /**
   * @param latestRevision the store's revision when the hub starts; nothing before it is replayable
   */
  WatchHub(StoreOptions options, long latestRevision) {
    this.history = new EventHistory(options.historySize());
    // Room for a full replay plus the live backlog.
    this.watchCapacity = options.historySize() + options.watchBacklog();
    this.latestRevision = latestRevision;
  }

  /** Records a durable change and queues it for every matching watch. */
  synchronized void publish(RecordedEvent event) {
    history.append(event);
    latestRevision = event.revision();
    watches.removeIf(watch -> watch.matches(event) && !watch.offer(event));
  }

  /**
   * Starts a watch on keys under {@code prefix}, replaying retained events after {@code
   * afterRevision} before live ones.
   *
   * @throws StoreException.Expired when events after {@code afterRevision} were compacted; its
   *     {@code oldest()} is the compacted revision, the oldest one a watch may still resume after,
   *     which is what upstream prints in {@code too old resource version: <requested> (<oldest>)}
   */
  synchronized StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
    if (closed) {
      throw new IllegalStateException("object store is closed");
    }
    long compacted = history.compactedRevision(latestRevision);
    if (afterRevision < compacted) {
      throw new StoreException.Expired(prefix, afterRevision, compacted);
    }
    WatchStream watch =
        new WatchStream(prefix, afterRevision, listener, delivery, watchCapacity, this::detach);
    for (RecordedEvent event : history.after(afterRevision)) {
      if (watch.matches(event)) {
        watch.offer(event);
      }
    }
    watches.add(watch);
    return watch;
  }

  /** Ends every watch and forgets history; the revision carries on. */
  synchronized void reset() {
    endWatches();
    history.clear();
  }

  /** Ends every watch; deliveries already queued still run. */
  void close() {
    synchronized (this) {
      closed = true;
      endWatches();
    }
    delivery.shutdown();
  }

  private synchronized void detach(WatchStream watch) {
    watches.remove(watch);
  }

  private void endWatches() {
    watches.forEach(WatchStream::end);
    watches.clear();
  }

  private static ThreadFactory deliveryThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "kubesim-store-watch-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
