package io.kubesim.admission.plugins.podtolerationrestriction;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.resources.ResourceList;
import java.util.List;

/**
 * The one question PodTolerationRestriction asks of a pod's quality-of-service class: is it
 * BestEffort, i.e. without any positive cpu or memory request or limit in its containers and
 * init containers? A {@code status.qosClass} already set answers first, as upstream's
 * {@code GetPodQOS}.
 */
final class QosClass {

  static final String BEST_EFFORT = "BestEffort";

  private static final List<String> COMPUTE_RESOURCES = List.of("cpu", "memory");
  private static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers");

  private QosClass() {}

  static boolean isBestEffort(JsonNode pod) {
    String recorded = pod.path("status").path("qosClass").asText("");
    if (!recorded.isEmpty()) {
      return BEST_EFFORT.equals(recorded);
    }
    for (String list : CONTAINER_LISTS) {
      for (JsonNode container : pod.path("spec").path(list)) {
        JsonNode resources = container.path("resources");
        if (hasPositiveCompute(resources.path("requests"))
            || hasPositiveCompute(resources.path("limits"))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasPositiveCompute(JsonNode list) {
    ResourceList quantities = ResourceList.of(list);
    return COMPUTE_RESOURCES.stream().anyMatch(name -> quantities.get(name)
        .map(q -> q.signum() > 0).orElse(false));
  }
}
