package io.kubesim.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.StatusJson;
import io.kubesim.simulator.store.StoreWatch;
import io.kubesim.simulator.store.WatchEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * One open watch: turns store events into Kubernetes watch events for a sink, applying the
 * selectors with upstream's enter/leave semantics (an object that starts matching is ADDED, one
 * that stops matching is DELETED), plus BOOKMARKs and the timeout. Store events arrive on store
 * threads and are handed to the connection's context, which alone touches the sink.
 */
final class WatchSession {

  private final Vertx vertx;
  private final Context context;
  private final WatchSink sink;
  private final ResourceType type;
  private final Predicate<ObjectNode> filter;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile StoreWatch storeWatch;
  private volatile long lastRevision;
  private long bookmarkTimer = -1;
  private long timeoutTimer = -1;

  WatchSession(Vertx vertx, Context context, WatchSink sink, ResourceType type,
      Predicate<ObjectNode> filter) {
    this.vertx = vertx;
    this.context = context;
    this.sink = sink;
    this.type = type;
    this.filter = filter;
    sink.onClose(this::close);
  }

  /** Sends the synthetic ADDED event of an existing object (initial state). */
  void initial(ObjectNode object, long revision) {
    send("ADDED", object);
    lastRevision = Math.max(lastRevision, revision);
  }

  /** Attaches the store watch; events after this are live. */
  void attach(StoreWatch watch, long fromRevision) {
    this.storeWatch = watch;
    this.lastRevision = Math.max(lastRevision, fromRevision);
    if (closed.get()) {
      watch.close();
    }
  }

  /** Called on a store thread for every change under the watched prefix. */
  void onStoreEvent(WatchEvent event) {
    context.runOnContext(v -> deliver(event));
  }

  /** Sends BOOKMARK events every {@code periodMillis} while open. */
  void bookmarkEvery(long periodMillis) {
    bookmarkTimer = vertx.setPeriodic(periodMillis, id -> bookmark());
  }

  /** Ends the watch after {@code seconds}, with a final bookmark when bookmarks are on. */
  void timeoutAfter(long seconds, boolean finalBookmark) {
    timeoutTimer = vertx.setTimer(Math.max(1, seconds * 1000), id -> {
      if (finalBookmark) {
        bookmark();
      }
      close();
    });
  }

  /** Sends upstream's 410 ERROR event, then ends the stream (from any thread). */
  void expired(long requested, long oldest) {
    context.runOnContext(v -> {
      ObjectNode event = ObjectMappers.json().createObjectNode();
      event.put("type", "ERROR");
      event.set("object", StatusJson.failure(
          StatusErrors.tooOldResourceVersion(requested, oldest).status()));
      sink.send(event.toString());
      close();
    });
  }

  void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (storeWatch != null) {
      storeWatch.close();
    }
    vertx.cancelTimer(bookmarkTimer);
    vertx.cancelTimer(timeoutTimer);
    sink.end();
  }

  private void deliver(WatchEvent event) {
    if (closed.get()) {
      return;
    }
    lastRevision = event.revision();
    boolean now = filter.test(event.object());
    boolean before = event.prevObject() != null && filter.test(event.prevObject());
    switch (event.type()) {
      case ADDED -> {
        if (now) {
          send("ADDED", event.object());
        }
      }
      case MODIFIED -> {
        if (now && before) {
          send("MODIFIED", event.object());
        } else if (now) {
          send("ADDED", event.object());
        } else if (before) {
          send("DELETED", event.object());
        }
      }
      case DELETED -> {
        if (now || before) {
          send("DELETED", event.object());
        }
      }
    }
  }

  private void bookmark() {
    ObjectNode object = ObjectMappers.json().createObjectNode();
    object.put("kind", type.kind());
    object.put("apiVersion", type.apiVersion());
    object.putObject("metadata").put("resourceVersion", String.valueOf(lastRevision));
    send("BOOKMARK", object);
  }

  private void send(String eventType, ObjectNode object) {
    ObjectNode event = ObjectMappers.json().createObjectNode();
    event.put("type", eventType);
    event.set("object", object);
    sink.send(event.toString());
  }
}
