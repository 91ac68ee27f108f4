package io.kubesim.simulator.http;

import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.openapi.OpenApiDocument;
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
 * matches, 301 to the current hash when not, 406 for an Accept that JSON does not satisfy).
 * {@code /openapi/v2} answers 404: kubectl asks for it only as gnostic protobuf, which no Java
 * library produces, and only when v3 lacks a kind; a 404 there is what upstream kubectl handles
 * best (client-side apply then uses its compiled-in types).
 */
final class OpenApiRoutes {

  private static final String V3 = "/openapi/v3";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private final OpenApiV3 documents;
  private final ResponseWriter writer;

  OpenApiRoutes(OpenApiV3 documents, ResponseWriter writer) {
    this.documents = documents;
    this.writer = writer;
  }

  void mount(Router router) {
    router.get(V3).handler(rc -> whenGenerated(rc, () -> serveIndex(rc)));
    router.getWithRegex("^" + V3 + "/(.+)$").handler(rc -> whenGenerated(rc,
        () -> serveGroupVersion(rc, rc.pathParam("param0"))));
    router.get("/openapi/v2").handler(rc -> rc.fail(404));
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
    response.putHeader("Content-Type", "application/json").end(Buffer.buffer(index.json()));
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
    response.putHeader("Content-Type", "application/json").end(Buffer.buffer(document.json()));
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
