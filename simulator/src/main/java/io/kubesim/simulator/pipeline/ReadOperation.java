package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.StoreList;
import io.kubesim.simulator.store.StoredObject;
import java.util.List;
import java.util.function.Predicate;

/**
 * GET of one object and LIST of a collection, with label and field selectors and
 * {@code limit}/{@code continue} paging; a list's {@code resourceVersion} is the store revision
 * it was read at, usable as a watch start point.
 */
public final class ReadOperation {

  private final WriteContext ctx;

  public ReadOperation(WriteContext ctx) {
    this.ctx = ctx;
  }

  /** GET one object (or its status/scale view). */
  public ApiResponse get(ApiRequest request) {
    RequestTarget t = request.target();
    StoredObject obj = ctx.store().get(t.type(), t.namespace(), t.name());
    return ApiResponse.of(200, obj.object(), List.of());
  }

  /** LIST a collection. */
  public ApiResponse list(ApiRequest request) {
    RequestTarget t = request.target();
    ResourceType type = t.type();
    Predicate<ObjectNode> filter = ListFilter.from(type, request.query());
    long limit = request.query().number("limit", 0);
    ContinueToken from = ContinueToken.parse(request.query().get("continue"));
    StoreList all = ctx.store().list(type, t.namespace());
    long revision = from == null ? all.revision() : from.revision();
    ObjectNode list = ObjectMappers.json().createObjectNode();
    list.put("kind", type.kind() + "List");
    list.put("apiVersion", type.apiVersion());
    ObjectNode meta = list.putObject("metadata");
    meta.put("resourceVersion", String.valueOf(revision));
    ArrayNode items = list.putArray("items");
    int matched = 0;
    String lastKey = null;
    List<StoredObject> objects = all.items();
    for (int i = 0; i < objects.size(); i++) {
      StoredObject o = objects.get(i);
      if (from != null && o.key().compareTo(from.startKey()) < 0) {
        continue;
      }
      if (!filter.test(o.object())) {
        continue;
      }
      if (limit > 0 && matched == limit) {
        long remaining = objects.subList(i, objects.size()).stream()
            .filter(x -> filter.test(x.object())).count();
        meta.put("continue", new ContinueToken(revision, lastKey + "\u0000").encode());
        meta.put("remainingItemCount", remaining);
        break;
      }
      items.add(o.object());
      lastKey = o.key();
      matched++;
    }
    return ApiResponse.of(200, list, List.of());
  }
}
