package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.EncodedList;
import io.kubesim.simulator.store.EncodedObject;
import java.util.ArrayList;
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

  /** GET one object (or its status/scale view): the stored JSON, passed on undecoded. */
  public ApiResponse get(ApiRequest request) {
    RequestTarget t = request.target();
    EncodedObject obj = ctx.store().getEncoded(t.type(), t.namespace(), t.name());
    return new ApiResponse(200, JsonBody.stored(obj.json()), List.of());
  }

  /**
   * LIST a collection. Items stay stored JSON: only a selector decodes anything, a label
   * selector just the labels.
   */
  public ApiResponse list(ApiRequest request) {
    RequestTarget t = request.target();
    ResourceType type = t.type();
    Predicate<byte[]> filter = ListFilter.fromEncoded(type, request.query());
    long limit = request.query().number("limit", 0);
    ContinueToken from = ContinueToken.parse(request.query().get("continue"));
    EncodedList all = ctx.store().listEncoded(type, t.namespace());
    long revision = from == null ? all.revision() : from.revision();
    ObjectNode list = ObjectMappers.json().createObjectNode();
    list.put("kind", type.kind() + "List");
    list.put("apiVersion", type.apiVersion());
    ObjectNode meta = list.putObject("metadata");
    meta.put("resourceVersion", String.valueOf(revision));
    List<byte[]> items = new ArrayList<>();
    String lastKey = null;
    List<EncodedObject> objects = all.items();
    for (int i = 0; i < objects.size(); i++) {
      EncodedObject o = objects.get(i);
      if (from != null && o.key().compareTo(from.startKey()) < 0) {
        continue;
      }
      if (!filter.test(o.json())) {
        continue;
      }
      if (limit > 0 && items.size() == limit) {
        long remaining = objects.subList(i, objects.size()).stream()
            .filter(x -> filter.test(x.json())).count();
        meta.put("continue", new ContinueToken(revision, lastKey + "\u0000").encode());
        meta.put("remainingItemCount", remaining);
        break;
      }
      items.add(o.json());
      lastKey = o.key();
    }
    return new ApiResponse(200, JsonBody.list(list, items), List.of());
  }
}
