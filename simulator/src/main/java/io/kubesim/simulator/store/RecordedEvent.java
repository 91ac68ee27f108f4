package io.kubesim.simulator.store;

/**
 * One change as the store keeps it in history and watch queues: JSON bytes, shared by every watch,
 * decoded into fresh trees only when delivered.
 *
 * @param object the stored bytes after the change; for DELETED, the last state stamped with the
 *     deletion's revision
 * @param prevObject the stored bytes before the change, or {@code null} for ADDED
 */
record RecordedEvent(
    WatchEvent.Type type, String key, byte[] object, byte[] prevObject, long revision) {

  /** A new event with trees the receiver owns. */
  WatchEvent toWatchEvent() {
    return new WatchEvent(
        type,
        key,
        StoreJson.decode(object),
        prevObject == null ? null : StoreJson.decode(prevObject),
        revision);
  }
}
