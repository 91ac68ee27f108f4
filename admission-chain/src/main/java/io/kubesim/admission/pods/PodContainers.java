package io.kubesim.admission.pods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The containers of a pod JSON tree with their field paths, in upstream's visiting order
 * ({@code VisitContainersWithPath}): init containers, containers, then ephemeral containers.
 */
public final class PodContainers {

  private static final List<String> LISTS =
      List.of("initContainers", "containers", "ephemeralContainers");

  /** One container and its path, e.g. {@code spec.initContainers[0]}. */
  public record Container(String path, ObjectNode node) {

    /** The container's image, empty when unset. */
    public String image() {
      return node.path("image").asText("");
    }
  }

  private PodContainers() {}

  /** Every container of {@code pod}; the nodes are the pod's own, so changes land in the pod. */
  public static List<Container> of(ObjectNode pod) {
    List<Container> containers = new ArrayList<>();
    JsonNode spec = pod.path("spec");
    for (String list : LISTS) {
      JsonNode items = spec.path(list);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof ObjectNode container) {
          containers.add(new Container("spec." + list + "[" + i + "]", container));
        }
      }
    }
    return containers;
  }
}
