package io.kubesim.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.pipeline.ApiRequest;
import io.kubesim.simulator.pipeline.ListFilter;
import io.kubesim.simulator.pipeline.RequestPipeline;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.store.StoreException;
import io.kubesim.simulator.store.StoreList;
import io.kubesim.simulator.store.StoreWatch;
import io.kubesim.simulator.store.StoredObject;
import io.kubesim.simulator.store.WatchEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Serves {@code ?watch=true}: a WebSocket when the client asks to upgrade (fabric8), otherwise a
 * chunked JSON stream whose headers are flushed at once. Without a resourceVersion (or with
 * {@code 0}) the current objects come first as ADDED events; from a compacted revision the
 * stream carries one 410 ERROR event, as upstream's watch cache does.
 */
final class WatchHandler {

  private static final long BOOKMARK_PERIOD_MILLIS = 60_000;

  private final Vertx vertx;
  private final RequestPipeline pipeline;
  private final ResourceStore store;
  private final ResponseWriter writer;

  WatchHandler(Vertx vertx, RequestPipeline pipeline, ResourceStore store, ResponseWriter writer) {
    this.vertx = vertx;
    this.pipeline = pipeline;
    this.store = store;
    this.writer = writer;
  }

  void handle(RoutingContext rc, ApiRequest request) {
    HttpServerRequest http = rc.request();
    Context context = vertx.getOrCreateContext();
    boolean upgrade = "websocket".equalsIgnoreCase(http.getHeader("Upgrade"));
    if (upgrade) {
      // Upgrade synchronously, before anything else touches the request.
      http.toWebSocket().onSuccess(ws -> open(request, context, WatchSink.webSocket(ws), null))
          .onFailure(rc::fail);
      return;
    }
    vertx.executeBlocking(() -> pipeline.admitWatch(request), false)
        .onFailure(rc::fail)
        .onSuccess(user -> {
          HttpServerResponse response = rc.response();
          response.setChunked(true);
          writer.commonHeaders(rc, response);
          response.putHeader("Content-Type", "application/json");
          response.putHeader("Cache-Control", "no-cache, private");
          response.writeHead();
          open(request, context, WatchSink.chunked(response), user);
        });
  }

  private void open(ApiRequest request, Context context, WatchSink sink, Object admitted) {
    RequestTarget target = request.target();
    QueryParams query = request.query();
    Predicate<ObjectNode> filter;
    try {
      filter = ListFilter.from(target.type(), query);
    } catch (StatusException e) {
      WatchSession s = new WatchSession(vertx, context, sink, target.type(), o -> false);
      s.close();
      return;
    }
    WatchSession session = new WatchSession(vertx, context, sink, target.type(), filter);
    vertx.executeBlocking(() -> {
      if (admitted == null) {
        pipeline.admitWatch(request);
      }
      start(session, target, query, filter);
      return null;
    }, false).onFailure(err -> session.close());
    boolean bookmarks = query.flag("allowWatchBookmarks");
    if (bookmarks) {
      session.bookmarkEvery(BOOKMARK_PERIOD_MILLIS);
    }
    long timeout = query.number("timeoutSeconds", 0);
    if (timeout <= 0) {
      timeout = 1800 + ThreadLocalRandom.current().nextLong(1800);
    }
    session.timeoutAfter(timeout, bookmarks);
  }

  private void start(WatchSession session, RequestTarget target, QueryParams query,
      Predicate<ObjectNode> filter) {
    String rv = query.get("resourceVersion");
    String prefix = ResourceStore.prefix(target.type(), target.namespace());
    long from;
    if (rv.isEmpty() || rv.equals("0")) {
      StoreList current = store.list(target.type(), target.namespace());
      for (StoredObject o : current.items()) {
        if (filter.test(o.object())) {
          session.onStoreEvent(
              new WatchEvent(WatchEvent.Type.ADDED, o.key(), o.object(), null, o.modRevision()));
        }
      }
      from = current.revision();
    } else {
      from = parseRevision(rv);
    }
    try {
      StoreWatch watch = store.store().watch(prefix, from, session::onStoreEvent);
      session.attach(watch, from);
    } catch (StoreException.Expired e) {
      session.expired(from, e.oldest());
    }
  }

  private static long parseRevision(String rv) {
    try {
      return Long.parseLong(rv);
    } catch (NumberFormatException e) {
      throw StatusErrors.badRequest(
          "invalid resource version \"" + rv + "\"");
    }
  }
}
