package io.kubesim.simulator.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bounded journal of the most recent requests with their traces; the oldest records fall out
 * when it is full. Tests, the admin API and the live view read the same journal.
 */
public final class RequestJournal {

  private final int capacity;
  private final ArrayDeque<RequestRecord> records;
  private final List<Consumer<RequestRecord>> listeners = new CopyOnWriteArrayList<>();

  public RequestJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("journal capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
    this.records = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  /** Adds a record, evicting the oldest when full, and tells the listeners. */
  public void record(RequestRecord record) {
    synchronized (records) {
      if (records.size() == capacity) {
        records.removeFirst();
      }
      records.addLast(record);
    }
    for (Consumer<RequestRecord> l : listeners) {
      l.accept(record);
    }
  }

  /** All retained records, oldest first. */
  public List<RequestRecord> all() {
    synchronized (records) {
      return new ArrayList<>(records);
    }
  }

  /** The record with {@code id}, if still retained. */
  public Optional<RequestRecord> find(String id) {
    synchronized (records) {
      return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }
  }

  /** The most recent record, if any. */
  public Optional<RequestRecord> last() {
    synchronized (records) {
      return Optional.ofNullable(records.peekLast());
    }
  }

  /** Forgets every record. */
  public void clear() {
    synchronized (records) {
      records.clear();
    }
  }

  /** Calls {@code listener} for every future record (on the recording thread; must not block). */
  public Runnable subscribe(Consumer<RequestRecord> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
