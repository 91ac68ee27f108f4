package io.kubesim.admission.resources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A container's or pod's {@code requests} or {@code limits}: resource names to quantities,
 * sorted by name so that every walk over them, and every message built from them, is stable.
 *
 * @param quantities the quantities by resource name
 */
public record ResourceList(SortedMap<String, ResourceQuantity> quantities) {

  public ResourceList {
    quantities = Collections.unmodifiableSortedMap(new TreeMap<>(quantities));
  }

  /** The empty list. */
  public static ResourceList empty() {
    return new ResourceList(new TreeMap<>());
  }

  /**
   * Reads a JSON {@code {"cpu": "500m", ...}} object; anything else reads as empty.
   *
   * @throws IllegalArgumentException with upstream's message when a value is no quantity
   */
  public static ResourceList of(JsonNode node) {
    SortedMap<String, ResourceQuantity> quantities = new TreeMap<>();
    if (node != null && node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        quantities.put(entry.getKey(), ResourceQuantity.parse(entry.getValue().asText()));
      }
    }
    return new ResourceList(quantities);
  }

  /** The quantity of {@code resource}, if listed. */
  public Optional<ResourceQuantity> get(String resource) {
    return Optional.ofNullable(quantities.get(resource));
  }

  /** True when nothing is listed. */
  public boolean isEmpty() {
    return quantities.isEmpty();
  }
}
