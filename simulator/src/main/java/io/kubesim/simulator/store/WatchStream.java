package io.kubesim.simulator.store;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One watch: a queue of matching events drained in order, on a delivery thread of its own, into the
 * listener, so a slow or failing listener holds up nobody but itself.
 *
 * <p>The watch ends, delivering what is queued and then {@link WatchListener#onClose()}, when the
 * store is cleared or closed, when the listener throws, or when its queue overflows. Closing it
 * from the client side drops what is queued and skips {@code onClose}.
 */
final class WatchStream implements StoreWatch {

  private static final Logger LOG = LoggerFactory.getLogger(WatchStream.class);

  private final String prefix;
  private final long afterRevision;
  private final WatchListener listener;
  private final Executor delivery;
  private final int capacity;
  private final Consumer<WatchStream> detach;

  private final ArrayDeque<RecordedEvent> queue = new ArrayDeque<>(); // guarded by this
  private boolean draining; // a drain task is scheduled or running; guarded by this
  private boolean ending; // no more events accepted; onClose follows the queue; guarded by this
  private boolean cancelled; // closed by the client; guarded by this

  WatchStream(
      String prefix,
      long afterRevision,
      WatchListener listener,
      Executor delivery,
      int capacity,
      Consumer<WatchStream> detach) {
    this.prefix = prefix;
    this.afterRevision = afterRevision;
    this.listener = listener;
    this.delivery = delivery;
    this.capacity = capacity;
    this.detach = detach;
  }

  boolean matches(RecordedEvent event) {
    return event.revision() > afterRevision && event.key().startsWith(prefix);
  }

  /**
   * Queues an event without blocking. Returns false when the watch has ended, either before or
   * because this event overflowed its queue; the caller then forgets the watch.
   */
  synchronized boolean offer(RecordedEvent event) {
    if (ending || cancelled) {
      return false;
    }
    if (queue.size() >= capacity) {
      LOG.warn("ending watch on {}: listener is {} events behind", prefix, queue.size());
      endLocked();
      return false;
    }
    queue.add(event);
    scheduleLocked();
    return true;
  }

  /** Ends the watch once the queued events are delivered. */
  synchronized void end() {
    if (!ending && !cancelled) {
      endLocked();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      cancelled = true;
      queue.clear();
    }
    detach.accept(this);
  }

  private void endLocked() {
    ending = true;
    scheduleLocked();
  }

  private void scheduleLocked() {
    if (!draining) {
      draining = true;
      delivery.execute(this::drain);
    }
  }

  private void drain() {
    while (true) {
      RecordedEvent next;
      synchronized (this) {
        next = cancelled ? null : queue.poll();
        if (next == null) {
          draining = false;
          if (!ending || cancelled) {
            return;
          }
          cancelled = true; // onClose is delivered once
        }
      }
      if (next == null) {
        notifyClosed();
        return;
      }
      try {
        listener.onEvent(next.toWatchEvent());
      } catch (Throwable e) { // whatever the listener throws ends only its own watch
        LOG.warn("ending watch on {}: listener failed at revision {}", prefix, next.revision(), e);
        synchronized (this) {
          queue.clear();
          cancelled = true;
        }
        detach.accept(this);
        notifyClosed();
        return;
      }
    }
  }

  private void notifyClosed() {
    try {
      listener.onClose();
    } catch (Throwable e) {
      LOG.warn("watch listener on {} failed while closing", prefix, e);
    }
  }
}
