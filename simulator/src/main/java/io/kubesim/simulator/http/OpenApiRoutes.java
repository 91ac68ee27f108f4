package io.kubesim.simulator.http;

import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.openapi.OpenApi;
import io.kubesim.simulator.api.openapi.OpenApiDocument;
import io.kubesim.simulator.api.openapi.OpenApiV2;
import io.kubesim.simulator.api.openapi.OpenApiV3;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /openapi/v3} (the index, with ETag and 304) and {@code /openapi/v3/<group-version>}
 * (JSON only; {@code ?hash=} as kube-openapi's handler3 treats it: immutable caching when it
 * matches, 301 to the current hash when not, 406 for an Accept that JSON does not satisfy); and
 * {@code /openapi/v2} as protobuf or JSON, chosen by Accept, with ETag and 304.
 */
final class OpenApiRoutes {

  private static final String V3 = "/openapi/v3";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private final OpenApiV3 documents;
  private final OpenApiV2 v2;
  private final ResponseWriter writer;

  OpenApiRoutes(OpenApi openApi, ResponseWriter writer) {
    this.documents = openApi.v3();
    this.v2 = openApi.v2();
    this.writer = writer;
  }

  void mount(Router router) {
    router.get(V3).handler(rc -> whenGenerated(rc, () -> serveIndex(rc)));
    router.getWithRegex("^" + V3 + "/(.+)$").handler(rc -> whenGenerated(rc,
        () -> serveGroupVersion(rc, rc.pathParam("param0"))));
    router.get("/openapi/v2").handler(this::serveV2);
  }

  /** Generating takes long the first time: do it on a worker thread, not the event loop. */
  private void whenGenerated(RoutingContext rc, Runnable serve) {
    if (documents.isGenerated()) {
      serve.run();
      return;
    }
    rc.vertx().executeBlocking(documents::index, false)
        .onSuccess(index -> serve.run())
        .onFailure(rc::fail);
  }

  private void serveIndex(RoutingContext rc) {
    OpenApiDocument index = documents.index();
    HttpServerResponse response = rc.response();
    writer.commonHeaders(rc, response);
    response.putHeader("Etag", index.etag());
    if (index.matches(rc.request().getHeader("If-None-Match"))) {
      response.setStatusCode(304).end();
      return;
    }
    response.putHeader("Content-Type", "application/json").end(Buffer.buffer(index.body()));
  }

  private void serveGroupVersion(RoutingContext rc, String path) {
    Optional<OpenApiDocument> found = documents.groupVersion(path);
    if (found.isEmpty()) {
      rc.fail(404);
      return;
    }
    HttpServerResponse response = rc.response();
    writer.commonHeaders(rc, response);
    response.putHeader("Vary", "Accept");
    if (!acceptsJson(rc.request().getHeader("Accept"))) {
      rc.fail(StatusErrors.notAcceptable("application/json"));
      return;
    }
    OpenApiDocument document = found.get();
    String hash = rc.request().getParam("hash");
    if (hash != null && !hash.isEmpty()) {
      if (!hash.equals(document.hash())) {
        response.setStatusCode(301).putHeader("Location", V3 + "/" + path + "?hash="
            + URLEncoder.encode(document.hash(), StandardCharsets.UTF_8)).end();
        return;
      }
      response.putHeader("Cache-Control", "public, immutable")
          .putHeader("Expires", HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusYears(1)));
    }
    response.putHeader("Etag", document.etag());
    if (document.matches(rc.request().getHeader("If-None-Match"))) {
      response.setStatusCode(304).end();
      return;
    }
    response.putHeader("Content-Type", "application/json").end(Buffer.buffer(document.body()));
  }

  private void serveV2(RoutingContext rc) {
    HttpServerResponse response = rc.response();
    writer.commonHeaders(rc, response);
    response.putHeader("Vary", "Accept");
    String accept = rc.request().getHeader("Accept");
    // kube-openapi offers JSON first, so an absent Accept or */* gets JSON.
    boolean json = acceptsJson(accept);
    if (!json && (accept == null || !accept.contains(OpenApiV2.PROTOBUF)
        && !accept.contains(OpenApiV2.PROTOBUF_LEGACY))) {
      rc.fail(StatusErrors.notAcceptable(
          "application/json, " + OpenApiV2.PROTOBUF + ", " + OpenApiV2.PROTOBUF_LEGACY));
      return;
    }
    OpenApiDocument document = json ? v2.json() : v2.protobuf();
    response.putHeader("Etag", document.etag());
    if (document.matches(rc.request().getHeader("If-None-Match"))) {
      response.setStatusCode(304).end();
      return;
    }
    // Answered in the legacy spelling, as upstream does: Go's mime parser rejects the '@'.
    response.putHeader("Content-Type", json ? "application/json" : OpenApiV2.PROTOBUF_LEGACY)
        .end(Buffer.buffer(document.body()));
  }

  /**
   * True when some media range of {@code accept} covers {@code application/json}; an absent
   * header accepts anything. Parameters and weights are ignored, as kube-openapi ignores them.
   */
  static boolean acceptsJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String range : accept.split(",")) {
      String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")) {
        return true;
      }
    }
    return false;
  }
}
