package io.kubesim.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.GoQuote;
import io.kubesim.simulator.pipeline.ApiResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes pipeline answers as HTTP responses: JSON body, {@code Audit-Id}, and one
 * {@code Warning: 299 - "<text>"} header per warning, as kube-apiserver does.
 */
final class ResponseWriter {

  static final String AUDIT_ID = "auditId";

  /** Writes {@code response} and ends the exchange. */
  void write(RoutingContext rc, ApiResponse response) {
    HttpServerResponse http = rc.response();
    if (http.ended() || http.closed()) {
      return;
    }
    commonHeaders(rc, http);
    for (String warning : response.warnings()) {
      http.headers().add("Warning", "299 - " + GoQuote.quote(warning));
    }
    json(rc, response.code(), response.content().bytes());
  }

  /** Writes a JSON body with {@code code}. */
  void json(RoutingContext rc, int code, ObjectNode body) {
    try {
      json(rc, code, ObjectMappers.json().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unserializable response", e);
    }
  }

  /** Writes already encoded JSON with {@code code}. */
  private void json(RoutingContext rc, int code, byte[] body) {
    HttpServerResponse http = rc.response();
    commonHeaders(rc, http);
    http.setStatusCode(code).putHeader("Content-Type", "application/json");
    http.end(Buffer.buffer(body));
  }

  /** Headers every answer carries. */
  void commonHeaders(RoutingContext rc, HttpServerResponse http) {
    Object id = rc.get(AUDIT_ID);
    if (id != null && !http.headers().contains("Audit-Id")) {
      http.putHeader("Audit-Id", id.toString());
    }
  }
}
