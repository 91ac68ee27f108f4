package io.kubesim.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.journal.RequestJournal;
import io.kubesim.simulator.journal.RequestRecord;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * kubesim's own admin API under {@code /kubesim/}: the request journal with each request's
 * trace ({@code GET /kubesim/traces}, {@code GET /kubesim/traces/{id}}).
 */
final class AdminRoutes {

  private final RequestJournal journal;
  private final ResponseWriter writer;

  AdminRoutes(RequestJournal journal, ResponseWriter writer) {
    this.journal = journal;
    this.writer = writer;
  }

  void mount(Router router) {
    router.get("/kubesim/traces").handler(this::list);
    router.get("/kubesim/traces/:id").handler(this::one);
  }

  private void list(RoutingContext rc) {
    ObjectNode body = ObjectMappers.json().createObjectNode();
    ArrayNode items = body.putArray("items");
    for (RequestRecord r : journal.all()) {
      items.add(toJson(r));
    }
    writer.json(rc, 200, body);
  }

  private void one(RoutingContext rc) {
    String id = rc.pathParam("id");
    RequestRecord record = journal.find(id).orElseThrow(StatusErrors::unknownPath);
    writer.json(rc, 200, toJson(record));
  }

  /** The JSON form of a journal record, as the admin API and the live view show it. */
  static ObjectNode toJson(RequestRecord r) {
    ObjectNode node = ObjectMappers.json().createObjectNode();
    node.put("id", r.id());
    node.put("received", r.received().toString());
    node.put("method", r.method());
    node.put("uri", r.uri());
    node.put("user", r.user());
    node.put("verb", r.verb());
    node.put("resource", r.resource());
    node.put("namespace", r.namespace());
    node.put("name", r.name());
    node.put("code", r.code());
    node.put("durationMicros", r.durationNanos() / 1000);
    ArrayNode trace = node.putArray("trace");
    for (TraceEntry e : r.trace()) {
      ObjectNode t = trace.addObject();
      t.put("name", e.name());
      t.put("phase", e.phase());
      t.put("decision", e.decision().name());
      if (e.patch() != null) {
        t.set("patch", e.patch());
      }
      if (!e.message().isEmpty()) {
        t.put("message", e.message());
      }
      t.put("durationMicros", e.durationNanos() / 1000);
    }
    return node;
  }
}
