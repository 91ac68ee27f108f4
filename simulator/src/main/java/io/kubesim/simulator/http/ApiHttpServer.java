package io.kubesim.simulator.http;

import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.discovery.DiscoveryDocuments;
import io.kubesim.simulator.api.openapi.OpenApi;
import io.kubesim.simulator.api.table.OutputConversion;
import io.kubesim.simulator.journal.RequestJournal;
import io.kubesim.simulator.pipeline.RequestPipeline;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The simulator's HTTP front: one router for discovery, OpenAPI, resources, watches, health and
 * the kubesim admin API, with one failure handler that renders every error as a Status.
 */
public final class ApiHttpServer {

  private final Vertx vertx;
  private final Router router;
  private final WatchHandler watches;
  private HttpServer server;

  /**
   * @param readsBlock false when the store answers reads without blocking (a heap store), which
   *     lets GETs of one object run on the event loop
   */
  public ApiHttpServer(Vertx vertx, ResourceRegistry registry, RequestPipeline pipeline,
      ResourceStore store, RequestJournal journal, DiscoveryDocuments discovery,
      OpenApi openApi, OutputConversion conversion, boolean readsBlock) {
    this.vertx = vertx;
    ResponseWriter writer = new ResponseWriter();
    this.router = Router.router(vertx);
    // Audit ids come from their own source so that object UIDs stay reproducible with a seeded
    // IdSource however many requests (discovery, retries) a client makes.
    router.route().handler(rc -> {
      rc.put(ResponseWriter.AUDIT_ID, auditId());
      rc.next();
    });
    for (HttpMethod m : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
        HttpMethod.DELETE}) {
      router.route().method(m).handler(BodyHandler.create(false)
          .setBodyLimit(StatusFailureHandler.MAX_BODY_BYTES));
    }
    new HealthRoutes(writer).mount(router);
    new AdminRoutes(journal, writer).mount(router);
    new DiscoveryRoutes(discovery, writer).mount(router);
    new OpenApiRoutes(openApi, writer).mount(router);
    this.watches = new WatchHandler(vertx, pipeline, store, writer, conversion);
    ResourceHandler resources = new ResourceHandler(vertx, new RequestTargetParser(registry),
        pipeline, watches, writer, conversion, !readsBlock);
    router.routeWithRegex("^/apis?/.+").handler(resources);
    router.route().last().handler(rc -> rc.fail(404));
    router.route().failureHandler(new StatusFailureHandler(writer));
  }

  /**
   * A random (version 4) UUID. Audit ids must be unique, not unpredictable: a thread-local
   * generator spares every request a read of the shared, synchronized secure random.
   */
  private static String auditId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  /** Starts listening on {@code host:port} (0 = a free port); completes with the bound port. */
  public Future<Integer> listen(String host, int port, HttpServerOptions base) {
    HttpServerOptions options = new HttpServerOptions(base).setHost(host).setPort(port)
        .setCompressionSupported(false);
    return vertx.createHttpServer(options).requestHandler(router).listen()
        .map(s -> {
          this.server = s;
          return s.actualPort();
        });
  }

  /** Stops listening. */
  public Future<Void> close() {
    return watches.endAll().transform(ended ->
        server == null ? Future.succeededFuture() : server.close());
  }
}
