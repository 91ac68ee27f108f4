package io.kubesim.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.discovery.DiscoveryDocuments;
import io.kubesim.simulator.api.discovery.ETaggedDocument;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /version}, {@code GET /} and discovery: aggregated (apidiscovery v2, with ETag and 304)
 * when the Accept header asks for it, otherwise the legacy documents; per-group and
 * per-group-version lists, 404 for groups and versions that are not served.
 */
final class DiscoveryRoutes {

  private final DiscoveryDocuments documents;
  private final ResponseWriter writer;

  DiscoveryRoutes(DiscoveryDocuments documents, ResponseWriter writer) {
    this.documents = documents;
    this.writer = writer;
  }

  void mount(Router router) {
    router.get("/version").handler(rc -> writer.json(rc, 200, documents.version()));
    router.get("/").handler(rc -> writer.json(rc, 200, documents.rootPaths()));
    router.get("/api").handler(rc -> negotiate(rc, documents::aggregatedApi,
        () -> documents.apiVersions(rc.request().localAddress().hostAddress() + ":"
            + rc.request().localAddress().port())));
    router.get("/apis").handler(rc -> negotiate(rc, documents::aggregatedApis,
        documents::apiGroupList));
    router.get("/api/v1").handler(rc -> optional(rc, documents.apiResourceList("", "v1")));
    router.getWithRegex("^/apis/([^/]+)/?$")
        .handler(rc -> optional(rc, documents.apiGroup(rc.pathParam("param0"))));
    router.getWithRegex("^/apis/([^/]+)/([^/]+)/?$").handler(rc -> optional(rc,
        documents.apiResourceList(rc.pathParam("param0"), rc.pathParam("param1"))));
  }

  private void negotiate(RoutingContext rc, Supplier<ETaggedDocument> aggregated,
      Supplier<ObjectNode> legacy) {
    String accept = rc.request().getHeader("Accept");
    if (accept == null || !accept.contains("g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList")) {
      writer.json(rc, 200, legacy.get());
      return;
    }
    ETaggedDocument doc = aggregated.get();
    writer.commonHeaders(rc, rc.response());
    rc.response().putHeader("ETag", doc.etag())
        .putHeader("Vary", "Accept");
    if (doc.matches(rc.request().getHeader("If-None-Match"))) {
      rc.response().setStatusCode(304).end();
      return;
    }
    try {
      rc.response().putHeader("Content-Type", DiscoveryDocuments.AGGREGATED_CONTENT_TYPE)
          .end(Buffer.buffer(ObjectMappers.json().writeValueAsBytes(doc.body())));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      rc.fail(e);
    }
  }

  private void optional(RoutingContext rc, Optional<ObjectNode> document) {
    if (document.isEmpty()) {
      rc.fail(404);
      return;
    }
    writer.json(rc, 200, document.get());
  }
}
