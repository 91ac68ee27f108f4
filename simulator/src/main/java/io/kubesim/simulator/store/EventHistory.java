package io.kubesim.simulator.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bounded ring of the most recent events, oldest first, from which watches resume. Appending to a
 * full ring compacts its oldest event away. Not thread-safe: {@link WatchHub} guards it.
 */
final class EventHistory {

  private final RecordedEvent[] ring;
  private int start;
  private int size;

  EventHistory(int capacity) {
    ring = new RecordedEvent[capacity];
  }

  /** Appends an event whose revision is above every retained one. */
  void append(RecordedEvent event) {
    if (size == ring.length) {
      ring[start] = event;
      start = (start + 1) % ring.length;
    } else {
      ring[(start + size) % ring.length] = event;
      size++;
    }
  }

  void clear() {
    Arrays.fill(ring, null);
    start = 0;
    size = 0;
  }

  /**
   * The newest revision that is no longer replayable: a watch may resume after this revision but
   * not before it.
   *
   * @param latestRevision the revision of the latest published event, used when the ring is empty
   */
  long compactedRevision(long latestRevision) {
    return size == 0 ? latestRevision : at(0).revision() - 1;
  }

  /** The retained events with a revision greater than {@code revision}, oldest first. */
  List<RecordedEvent> after(long revision) {
    int low = 0;
    int high = size;
    while (low < high) { // first index whose revision is greater
      int mid = (low + high) >>> 1;
      if (at(mid).revision() <= revision) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<RecordedEvent> events = new ArrayList<>(size - low);
    for (int i = low; i < size; i++) {
      events.add(at(i));
    }
    return events;
  }

  private RecordedEvent at(int index) {
    return ring[(start + index) % ring.length];
  }
}
