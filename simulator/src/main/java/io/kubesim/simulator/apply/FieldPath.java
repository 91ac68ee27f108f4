package io.kubesim.simulator.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * A path from the root of an object to one of its fields, as field ownership records it.
 *
 * @param elements the steps, outermost first
 */
public record FieldPath(List<PathElement> elements) {

  /** The root. */
  public static final FieldPath ROOT = new FieldPath(List.of());

  public FieldPath {
    elements = List.copyOf(elements);
  }

  /** A path of plain field names, e.g. {@code of("data", "key1")}. */
  public static FieldPath of(String... fields) {
    FieldPath path = ROOT;
    for (String field : fields) {
      path = path.child(new PathElement.Field(field));
    }
    return path;
  }

  /** This path extended by {@code element}. */
  public FieldPath child(PathElement element) {
    List<PathElement> longer = new ArrayList<>(elements);
    longer.add(element);
    return new FieldPath(longer);
  }

  /** Upstream's rendering in conflict messages, e.g. {@code .spec.containers[name="c"].image}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    elements.forEach(e -> b.append(e.render()));
    return b.toString();
  }
}
