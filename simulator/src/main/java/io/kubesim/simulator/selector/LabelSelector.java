package io.kubesim.simulator.selector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parsed label selector: a conjunction of {@link Requirement}s, upstream's
 * {@code labels.Selector}.
 *
 * <p>The empty selector matches everything; {@link #nothing()} (what a missing
 * {@code metav1.LabelSelector} converts to) matches no object. Requirements are kept sorted by
 * key, so {@link #toString()} is deterministic, as upstream's is.
 */
public final class LabelSelector {

  private static final LabelSelector EVERYTHING = new LabelSelector(List.of(), false);
  private static final LabelSelector NOTHING = new LabelSelector(List.of(), true);

  private final List<Requirement> requirements;
  private final boolean matchesNothing;

  private LabelSelector(List<Requirement> requirements, boolean matchesNothing) {
    this.requirements = requirements;
    this.matchesNothing = matchesNothing;
  }

  /**
   * Parses the {@code labelSelector} syntax: {@code k=v}, {@code k==v}, {@code k!=v},
   * {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}, {@code k>1}, {@code k<1},
   * comma-separated. Empty or blank input selects everything.
   *
   * @throws InvalidSelectorException with upstream's message, e.g.
   *     {@code unable to parse requirement: found '', expected: identifier}
   */
  public static LabelSelector parse(String selector) {
    return of(LabelSelectorParser.parse(selector));
  }

  /** The selector that matches every object. */
  public static LabelSelector everything() {
    return EVERYTHING;
  }

  /** The selector that matches no object. */
  public static LabelSelector nothing() {
    return NOTHING;
  }

  /** A selector of already validated requirements, sorted by key. */
  public static LabelSelector of(Collection<Requirement> requirements) {
    if (requirements.isEmpty()) {
      return EVERYTHING;
    }
    List<Requirement> sorted = new ArrayList<>(requirements);
    sorted.sort(Comparator.comparing(Requirement::key, Utf8Order.INSTANCE));
    return new LabelSelector(List.copyOf(sorted), false);
  }

  /**
   * Upstream's {@code SelectorFromSet}: {@code key=value} for every entry, without validation.
   */
  public static LabelSelector fromMap(Map<String, String> labels) {
    return of(labels.entrySet().stream()
        .map(e -> new Requirement(e.getKey(), Operator.EQUALS, List.of(e.getValue())))
        .toList());
  }

  /** True when every requirement holds for {@code labels}. */
  public boolean matches(Map<String, String> labels) {
    if (matchesNothing) {
      return false;
    }
    for (Requirement requirement : requirements) {
      if (!requirement.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** True when every requirement holds for the object's {@code metadata.labels}. */
  public boolean matches(ObjectNode object) {
    return matches(labelsOf(object));
  }

  /** True when this selector does not restrict anything (it matches every object). */
  public boolean isEmpty() {
    return !matchesNothing && requirements.isEmpty();
  }

  /** The requirements, sorted by key. */
  public List<Requirement> requirements() {
    return requirements;
  }

  /**
   * The value {@code key} must have, when a requirement ({@code =}, {@code ==} or a one-value
   * {@code in}) pins it; upstream's {@code RequiresExactMatch}.
   */
  public Optional<String> requiresExactMatch(String key) {
    for (Requirement r : requirements) {
      if (r.key().equals(key)) {
        boolean pins = r.operator() == Operator.EQUALS || r.operator() == Operator.DOUBLE_EQUALS
            || r.operator() == Operator.IN;
        return pins && r.values().size() == 1 ? Optional.of(r.values().get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The object's {@code metadata.labels} as a map (empty when absent). */
  public static Map<String, String> labelsOf(ObjectNode object) {
    return labelMap(object.path("metadata").path("labels"));
  }

  /** A {@code metadata.labels} value as a map (empty when missing or not an object). */
  static Map<String, String> labelMap(JsonNode labels) {
    Map<String, String> result = new HashMap<>();
    // a null value decodes to Go's zero value, as the typed object upstream would hold
    labels.properties().forEach(e ->
        result.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
    return result;
  }

  /** Upstream's rendering: requirements joined by {@code ,}, e.g. {@code a=b,c in (d,e)}. */
  @Override
  public String toString() {
    return requirements.stream().map(Requirement::toString).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelSelector other
        && matchesNothing == other.matchesNothing
        && requirements.equals(other.requirements);
  }

  @Override
  public int hashCode() {
    return requirements.hashCode() * 31 + (matchesNothing ? 1 : 0);
  }
}
