package io.kubesim.simulator.http;

import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.Verb;
import io.kubesim.simulator.api.table.AcceptNegotiation;
import io.kubesim.simulator.api.table.OutputConversion;
import io.kubesim.simulator.api.table.OutputFormat;
import io.kubesim.simulator.api.table.TableOptions;
import io.kubesim.simulator.pipeline.ApiRequest;
import io.kubesim.simulator.pipeline.ApiResponse;
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
 * Serves resource URLs under {@code /api} and {@code /apis}: parses the target and negotiates
 * the output format on the event loop (an {@code Accept} it cannot serve is a 406 before any
 * work is done), then runs the request pipeline on a worker thread (it blocks on storage),
 * converts a successful answer as the {@code Accept} asked (a Table for kubectl) and writes it
 * back; watches go to the {@link WatchHandler}.
 *
 * <p>A GET of one object from a heap store, which never blocks and takes microseconds, runs on
 * the event loop instead: the two thread hand-offs would cost it more than the read itself.
 */
final class ResourceHandler implements Handler<RoutingContext> {

  private final Vertx vertx;
  private final RequestTargetParser parser;
  private final RequestPipeline pipeline;
  private final WatchHandler watches;
  private final ResponseWriter writer;
  private final OutputConversion conversion;
  private final boolean getsOnEventLoop;

  /**
   * @param getsOnEventLoop true when reads never block (a heap store), so that GETs of one
   *     object may run on the event loop
   */
  ResourceHandler(Vertx vertx, RequestTargetParser parser, RequestPipeline pipeline,
      WatchHandler watches, ResponseWriter writer, OutputConversion conversion,
      boolean getsOnEventLoop) {
    this.vertx = vertx;
    this.parser = parser;
    this.pipeline = pipeline;
    this.watches = watches;
    this.writer = writer;
    this.conversion = conversion;
    this.getsOnEventLoop = getsOnEventLoop;
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
        rc.request().getHeader("Authorization"), rc.request().getHeader("User-Agent"),
        rc.request().remoteAddress() == null ? "" : rc.request().remoteAddress().hostAddress());
    OutputFormat format;
    try {
      format = AcceptNegotiation.negotiate(rc.request().getHeader("Accept"),
          target.verb() == Verb.WATCH);
    } catch (StatusException e) {
      rc.fail(e);
      return;
    }
    if (target.verb() == Verb.WATCH) {
      watches.handle(rc, request, format);
      return;
    }
    if (getsOnEventLoop && target.verb() == Verb.GET) {
      ApiResponse response;
      try {
        response = converted(pipeline.handle(request), format, request);
      } catch (RuntimeException e) {
        rc.fail(e);
        return;
      }
      writer.write(rc, response);
      return;
    }
    vertx.executeBlocking(() -> converted(pipeline.handle(request), format, request), false)
        .onSuccess(response -> writer.write(rc, response))
        .onFailure(rc::fail);
  }

  /**
   * A successful answer converted to {@code format}; the Table options are checked only now,
   * after the operation, as upstream's response transformer does.
   */
  private ApiResponse converted(ApiResponse response, OutputFormat format, ApiRequest request) {
    if (response.code() >= 300 || format.target() == OutputFormat.Target.AS_IS) {
      return response;
    }
    try {
      TableOptions options = format.target() == OutputFormat.Target.TABLE
          ? TableOptions.from(request.query()) : null;
      return ApiResponse.of(response.code(),
          conversion.convert(response.body(), format, request.target(), options),
          response.warnings());
    } catch (StatusException e) {
      return ApiResponse.failure(e.status());
    }
  }

  static QueryParams query(MultiMap params) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name : params.names()) {
      values.put(name, new ArrayList<>(params.getAll(name)));
    }
    return new QueryParams(values);
  }
}
