package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.Verb;
import io.kubesim.simulator.store.StoredObject;
import java.util.List;
import java.util.function.Predicate;

/**
 * DELETE on a collection URL: deletes every object the label and field selectors match, each
 * through the full single-object delete path, and answers the list of what was deleted.
 */
public final class DeleteCollectionOperation {

  private final WriteContext ctx;
  private final DeleteOperation delete;

  public DeleteCollectionOperation(WriteContext ctx, DeleteOperation delete) {
    this.ctx = ctx;
    this.delete = delete;
  }

  /** Deletes the matching objects of {@code request}'s collection. */
  public ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget t = request.target();
    ResourceType type = t.type();
    DeleteOptions options = trace.stage("decode",
        () -> DeleteOptions.parse(request.body(), request.query()));
    Predicate<ObjectNode> filter = ListFilter.from(type, request.query());
    ObjectNode list = ObjectMappers.json().createObjectNode();
    list.put("kind", type.kind() + "List");
    list.put("apiVersion", type.apiVersion());
    ArrayNode items = list.putArray("items");
    long revision = 0;
    for (StoredObject o : ctx.store().list(type, t.namespace()).items()) {
      if (!filter.test(o.object())) {
        continue;
      }
      JsonNode meta = o.object().path("metadata");
      RequestTarget one = new RequestTarget(type, meta.path("namespace").asText(""),
          meta.path("name").asText(""), "", Verb.DELETE);
      try {
        ApiResponse r = delete.delete(one, options, user, trace);
        items.add(r.body().path("kind").asText().equals("Status") ? o.object() : r.body());
      } catch (StatusException e) {
        if (e.code() != 404) {
          throw e;
        }
      }
      revision = ctx.store().store().currentRevision();
    }
    list.putObject("metadata").put("resourceVersion",
        String.valueOf(revision == 0 ? ctx.store().store().currentRevision() : revision));
    return ApiResponse.of(200, list, List.of());
  }
}
