package io.kubesim.simulator.store;

/**
 * Receives store events for one watch. Called from store threads: implementations must not
 * block (hand events to their own context instead). Events arrive in revision order.
 */
public interface WatchListener {

  /** A change; the listener may keep the event, its trees are its own copy. */
  void onEvent(WatchEvent event);

  /**
   * The watch ended because the store closed or was cleared, or because this listener threw or
   * fell too far behind; not called when the client closes the watch.
   */
  default void onClose() {}
}
