package io.kubesim.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.table.OutputConversion;
import io.kubesim.simulator.api.table.OutputFormat;
import io.kubesim.simulator.api.table.TableOptions;
import io.kubesim.simulator.api.table.WatchConversion;
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
 * chunked JSON stream whose headers are flushed as soon as the watch is established, so that no
 * write the client makes after its watch opened is missed. Without a resourceVersion (or with
 * {@code 0}) the current objects come first as ADDED events; from a compacted revision the
 * stream carries one 410 ERROR event, as upstream's watch cache does.
 */
final class WatchHandler {

  private static final long BOOKMARK_PERIOD_MILLIS = 60_000;

  private final Vertx vertx;
  private final RequestPipeline pipeline;
  private final ResourceStore store;
  private final ResponseWriter writer;
  private final OutputConversion conversion;
  private final java.util.Set<WatchSession> open =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  WatchHandler(Vertx vertx, RequestPipeline pipeline, ResourceStore store, ResponseWriter writer,
      OutputConversion conversion) {
    this.vertx = vertx;
    this.pipeline = pipeline;
    this.store = store;
    this.writer = writer;
    this.conversion = conversion;
  }

  void handle(RoutingContext rc, ApiRequest request, OutputFormat format) {
    HttpServerRequest http = rc.request();
    Context context = vertx.getOrCreateContext();
    Options options;
    WatchConversion events;
    try {
      // bad Table options are a plain 400, before any stream starts
      TableOptions tableOptions = format.target() == OutputFormat.Target.TABLE
          ? TableOptions.from(request.query()) : null;
      events = conversion.forWatch(format, request.target(), tableOptions);
      // Upstream decodes the watch options before it serves anything: a bad selector or
      // resourceVersion is a plain 400, never a stream that ends at once (which fabric8 would
      // take for 410 and re-list in a loop).
      options = Options.of(request);
    } catch (StatusException e) {
      rc.fail(e);
      return;
    }
    RequestTarget target = request.target();
    PendingWatchSink sink = new PendingWatchSink();
    WatchSession session =
        new WatchSession(vertx, context, sink, target.type(), options.filter(), events);
    open.add(session);
    session.onClosed(() -> open.remove(session));
    boolean upgrade = "websocket".equalsIgnoreCase(http.getHeader("Upgrade"));
    if (upgrade) {
      // The upgrade waits until the watch is established; pausing keeps the request's end
      // unread until then, without which Vert.x refuses a late upgrade.
      http.pause();
    }
    vertx.executeBlocking(() -> {
      pipeline.admitWatch(request);
      start(session, target, options.filter(), options.from());
      return null;
    }, false)
        .onFailure(err -> {
          session.close();
          http.resume();
          rc.fail(err);
        })
        .onSuccess(ignored -> {
          if (upgrade) {
            http.toWebSocket()
                .onSuccess(ws -> serve(session, sink, WatchSink.webSocket(ws), options))
                .onFailure(err -> session.close());
            return;
          }
          HttpServerResponse response = rc.response();
          if (response.closed()) { // the client left while the watch was being established
            session.close();
            return;
          }
          response.setChunked(true);
          writer.commonHeaders(rc, response);
          response.putHeader("Content-Type", "application/json");
          response.putHeader("Cache-Control", "no-cache, private");
          response.writeHead();
          serve(session, sink, WatchSink.chunked(response), options);
        });
  }

  /**
   * Ends every open watch normally (terminating chunk, or close frame 1000), so that clients
   * see the end of a stream rather than a broken connection when the server stops.
   */
  io.vertx.core.Future<Void> endAll() {
    return io.vertx.core.Future.all(open.stream().map(WatchSession::shutdown).toList())
        .mapEmpty();
  }

  /** The decoded options of one watch request. */
  private record Options(Predicate<ObjectNode> filter, long from, long timeoutSeconds,
      boolean bookmarks) {

    static Options of(ApiRequest request) {
      QueryParams query = request.query();
      long timeout = query.number("timeoutSeconds", 0);
      if (timeout <= 0) {
        timeout = 1800 + ThreadLocalRandom.current().nextLong(1800);
      }
      return new Options(ListFilter.from(request.target().type(), query),
          startRevision(query.get("resourceVersion")), timeout,
          query.flag("allowWatchBookmarks"));
    }
  }

  /** Opens the transport: the held events go out, then the live ones, bookmarks and timeout. */
  private static void serve(WatchSession session, PendingWatchSink sink, WatchSink transport,
      Options options) {
    sink.open(transport);
    if (options.bookmarks()) {
      session.bookmarkEvery(BOOKMARK_PERIOD_MILLIS);
    }
    session.timeoutAfter(options.timeoutSeconds(), options.bookmarks());
  }

  /**
   * Starts the store watch: from {@code from}, or, when it is {@link #CURRENT_STATE}, with the
   * current objects as ADDED events first.
   */
  private void start(WatchSession session, RequestTarget target, Predicate<ObjectNode> filter,
      long from) {
    String prefix = ResourceStore.prefix(target.type(), target.namespace());
    if (from == CURRENT_STATE) {
      StoreList current = store.list(target.type(), target.namespace());
      for (StoredObject o : current.items()) {
        if (filter.test(o.object())) {
          session.onStoreEvent(
              new WatchEvent(WatchEvent.Type.ADDED, o.key(), o.object(), null, o.modRevision()));
        }
      }
      from = current.revision();
    }
    try {
      StoreWatch watch = store.store().watch(prefix, from, session::onStoreEvent);
      session.attach(watch, from);
    } catch (StoreException.Expired e) {
      session.expired(from, e.oldest());
    }
  }

  /** No resourceVersion (or {@code 0}): send the current state first. */
  private static final long CURRENT_STATE = -1;

  private static long startRevision(String rv) {
    return rv.isEmpty() || rv.equals("0") ? CURRENT_STATE : parseRevision(rv);
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
