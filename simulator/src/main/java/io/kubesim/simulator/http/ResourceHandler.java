package io.kubesim.simulator.http;

import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.Verb;
import io.kubesim.simulator.pipeline.ApiRequest;
import io.kubesim.simulator.pipeline.RequestPipeline;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves resource URLs under {@code /api} and {@code /apis}: parses the target on the event
 * loop, then runs the request pipeline on a worker thread (it blocks on storage) and writes the
 * answer back; watches go to the {@link WatchHandler}.
 */
final class ResourceHandler implements Handler<RoutingContext> {

  private final Vertx vertx;
  private final RequestTargetParser parser;
  private final RequestPipeline pipeline;
  private final WatchHandler watches;
  private final ResponseWriter writer;

  ResourceHandler(Vertx vertx, RequestTargetParser parser, RequestPipeline pipeline,
      WatchHandler watches, ResponseWriter writer) {
    this.vertx = vertx;
    this.parser = parser;
    this.pipeline = pipeline;
    this.watches = watches;
    this.writer = writer;
  }

  @Override
  public void handle(RoutingContext rc) {
    QueryParams query = query(rc.queryParams());
    RequestTarget target = parser.parse(rc.request().method().name(), rc.request().path(),
        query.flag("watch"));
    Buffer body = rc.body() == null ? null : rc.body().buffer();
    ApiRequest request = new ApiRequest(rc.get(ResponseWriter.AUDIT_ID),
        rc.request().method().name(), rc.request().path(), target, query,
        rc.request().getHeader("Content-Type"), body == null ? new byte[0] : body.getBytes(),
        rc.request().getHeader("Authorization"));
    if (target.verb() == Verb.WATCH) {
      watches.handle(rc, request);
      return;
    }
    vertx.executeBlocking(() -> pipeline.handle(request), false)
        .onSuccess(response -> writer.write(rc, response))
        .onFailure(rc::fail);
  }

  static QueryParams query(MultiMap params) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name : params.names()) {
      values.put(name, new ArrayList<>(params.getAll(name)));
    }
    return new QueryParams(values);
  }
}
