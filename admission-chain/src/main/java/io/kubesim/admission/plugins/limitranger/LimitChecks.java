package io.kubesim.admission.plugins.limitranger;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.resources.ResourceList;
import io.kubesim.admission.resources.ResourceQuantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every violation of one LimitRange by a pod or a claim, in a stable order: items as listed;
 * for {@code Container} items each container, then each init container; within each, the
 * {@code min}, {@code max} and {@code maxLimitRequestRatio} checks over resources in name order.
 */
final class LimitChecks {

  private interface Constraint {
    Optional<String> check(String type, String resource, ResourceQuantity enforced,
        ResourceList requests, ResourceList limits);
  }

  private LimitChecks() {}

  /** The violations of {@code limitRange} by {@code pod}; ephemeral containers are exempt. */
  static List<String> ofPod(JsonNode limitRange, JsonNode pod) {
    List<String> violations = new ArrayList<>();
    for (JsonNode item : limitRange.path("spec").path("limits")) {
      String type = item.path("type").asText("");
      if (LimitRanger.CONTAINER.equals(type)) {
        for (String list : List.of("containers", "initContainers")) {
          for (JsonNode container : pod.path("spec").path(list)) {
            JsonNode resources = container.path("resources");
            checkAll(item, type, ResourceList.of(resources.path("requests")),
                ResourceList.of(resources.path("limits")), violations);
          }
        }
      } else if (LimitRanger.POD.equals(type)) {
        checkAll(item, type, PodResources.requests(pod), PodResources.limits(pod), violations);
      }
    }
    return violations;
  }

  /** The violations of {@code limitRange} by a claim: only its requests count. */
  static List<String> ofClaim(JsonNode limitRange, JsonNode claim) {
    List<String> violations = new ArrayList<>();
    ResourceList requests = ResourceList.of(claim.path("spec").path("resources")
        .path("requests"));
    for (JsonNode item : limitRange.path("spec").path("limits")) {
      String type = item.path("type").asText("");
      if (!LimitRanger.PERSISTENT_VOLUME_CLAIM.equals(type)) {
        continue;
      }
      check(item.path("min"), type, requests, ResourceList.empty(), LimitConstraints::min,
          violations);
      check(item.path("max"), type, requests, ResourceList.empty(),
          (t, r, enforced, req, lim) -> LimitConstraints.maxRequest(t, r, enforced, req),
          violations);
    }
    return violations;
  }

  private static void checkAll(JsonNode item, String type, ResourceList requests,
      ResourceList limits, List<String> violations) {
    check(item.path("min"), type, requests, limits, LimitConstraints::min, violations);
    check(item.path("max"), type, requests, limits, LimitConstraints::max, violations);
    check(item.path("maxLimitRequestRatio"), type, requests, limits, LimitConstraints::ratio,
        violations);
  }

  private static void check(JsonNode bounds, String type, ResourceList requests,
      ResourceList limits, Constraint constraint, List<String> violations) {
    for (Map.Entry<String, ResourceQuantity> bound : ResourceList.of(bounds).quantities()
        .entrySet()) {
      constraint.check(type, bound.getKey(), bound.getValue(), requests, limits)
          .ifPresent(violations::add);
    }
  }
}
