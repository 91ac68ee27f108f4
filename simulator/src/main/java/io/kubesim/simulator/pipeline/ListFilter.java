package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.selector.EncodedLabels;
import io.kubesim.simulator.selector.SelectionPredicate;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /**
   * The same predicate over stored JSON: it decodes nothing without selectors, only the labels
   * for a label selector, and the whole object only for a field selector.
   */
  public static Predicate<byte[]> fromEncoded(ResourceType type, QueryParams query) {
    SelectionPredicate p = SelectionPredicate.fromQuery(type.groupResource(),
        query.get("labelSelector"), query.get("fieldSelector"));
    if (p.isEverything()) {
      return json -> true;
    }
    if (p.fields().isEmpty()) {
      return json -> p.labels().matches(EncodedLabels.of(json));
    }
    return json -> p.matches(decode(json));
  }

  private static ObjectNode decode(byte[] json) {
    try {
      return (ObjectNode) ObjectMappers.json().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored object is not valid JSON", e);
    }
  }
}
