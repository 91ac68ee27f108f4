package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.selector.SelectionPredicate;
import java.util.function.Predicate;

/**
 * The object filter of a list, watch or deletecollection: the {@code labelSelector} and
 * {@code fieldSelector} query parameters, parsed with upstream's rules (400 on bad syntax or an
 * unsupported field).
 */
public final class ListFilter {

  private ListFilter() {}

  /** The predicate the request's selectors describe; matches everything when there are none. */
  public static Predicate<ObjectNode> from(ResourceType type, QueryParams query) {
    SelectionPredicate p = SelectionPredicate.fromQuery(type.groupResource(),
        query.get("labelSelector"), query.get("fieldSelector"));
    return p.isEverything() ? o -> true : p::matches;
  }
}
