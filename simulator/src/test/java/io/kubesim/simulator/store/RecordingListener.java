package io.kubesim.simulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A watch listener that records what it receives, for tests to await. Waits are bounded only to
 * turn a hang into a failure; no test asserts how long anything takes.
 */
class RecordingListener implements WatchListener {

  private static final long GIVE_UP_MILLIS = 60_000;

  private final List<WatchEvent> events = new ArrayList<>();
  private boolean closed;

  @Override
  public synchronized void onEvent(WatchEvent event) {
    events.add(event);
    notifyAll();
  }

  @Override
  public synchronized void onClose() {
    closed = true;
    notifyAll();
  }

  synchronized List<WatchEvent> events() {
    return List.copyOf(events);
  }

  synchronized List<Long> revisions() {
    return revisions(events);
  }

  static List<Long> revisions(List<WatchEvent> events) {
    return events.stream().map(WatchEvent::revision).toList();
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** Waits until at least {@code count} events arrived and returns all of them. */
  synchronized List<WatchEvent> awaitEvents(int count) throws InterruptedException {
    awaitUntil(() -> events.size() >= count, () -> count + " events, got " + events.size());
    return List.copyOf(events);
  }

  synchronized void awaitClosed() throws InterruptedException {
    awaitUntil(() -> closed, () -> "onClose");
  }

  private void awaitUntil(BooleanSupplier done, Supplier<String> what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
    while (!done.getAsBoolean()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new AssertionError("gave up waiting for " + what.get());
      }
      wait(left);
    }
  }
}
