package io.kubesim.admission.plugins.limitranger;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.resources.ResourceList;
import io.kubesim.admission.resources.ResourceQuantity;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A pod's total requests or limits as LimitRanger's {@code type: Pod} items see them: the sum of
 * the containers and of the sidecars (init containers with {@code restartPolicy: Always}), or, if
 * larger, the needs of the largest init container together with the sidecars started before it.
 *
 * <p>Pod-level {@code spec.resources} are not read: their feature gate is off in 1.33.
 */
final class PodResources {

  private PodResources() {}

  static ResourceList requests(JsonNode pod) {
    return total(pod, c -> ResourceList.of(c.path("resources").path("requests")));
  }

  static ResourceList limits(JsonNode pod) {
    return total(pod, c -> ResourceList.of(c.path("resources").path("limits")));
  }

  private static ResourceList total(JsonNode pod, Function<JsonNode, ResourceList> read) {
    Map<String, ResourceQuantity> total = new TreeMap<>();
    for (JsonNode container : pod.path("spec").path("containers")) {
      add(total, read.apply(container));
    }
    Map<String, ResourceQuantity> sidecars = new TreeMap<>();
    Map<String, ResourceQuantity> initPeak = new TreeMap<>();
    for (JsonNode container : pod.path("spec").path("initContainers")) {
      ResourceList own = read.apply(container);
      Map<String, ResourceQuantity> needed = new TreeMap<>();
      if ("Always".equals(container.path("restartPolicy").asText(""))) {
        // a sidecar keeps running: it counts towards the pod and every later init container
        add(total, own);
        add(sidecars, own);
        needed.putAll(sidecars);
      } else {
        add(needed, own);
        add(needed, new ResourceList(new TreeMap<>(sidecars)));
      }
      keepLarger(initPeak, needed);
    }
    keepLarger(total, initPeak);
    return new ResourceList(new TreeMap<>(total));
  }

  private static void add(Map<String, ResourceQuantity> into, ResourceList list) {
    list.quantities().forEach((name, q) -> into.merge(name, q, ResourceQuantity::plus));
  }

  private static void keepLarger(Map<String, ResourceQuantity> into,
      Map<String, ResourceQuantity> other) {
    other.forEach((name, q) -> into.merge(name, q, (a, b) -> b.compareTo(a) > 0 ? b : a));
  }
}
