package io.kubesim.simulator.http;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link WatchSink} that holds a watch's first events until its transport is open, so that the
 * watch can be established before the client sees the 200 or the 101: upstream creates the
 * watcher before it answers, and a client that writes right after its watch opened must see
 * those writes. Called on the connection's context only, like every sink.
 */
final class PendingWatchSink implements WatchSink {

  private final List<String> held = new ArrayList<>();
  private final List<Runnable> closeActions = new ArrayList<>();
  private WatchSink open;
  private boolean ended;

  /** Sends the held events to {@code transport}, and everything after them. */
  void open(WatchSink transport) {
    open = transport;
    closeActions.forEach(transport::onClose);
    held.forEach(transport::send);
    held.clear();
    if (ended) {
      transport.end();
    }
  }

  @Override
  public void send(String json) {
    if (open != null) {
      open.send(json);
    } else if (!ended) {
      held.add(json);
    }
  }

  @Override
  public void end() {
    ended = true;
    if (open != null) {
      open.end();
    }
  }

  @Override
  public void onClose(Runnable action) {
    if (open != null) {
      open.onClose(action);
    } else {
      closeActions.add(action);
    }
  }
}
