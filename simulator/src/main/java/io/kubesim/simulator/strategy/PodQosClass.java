package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.resources.ResourceQuantity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A new Pod's {@code status.qosClass}, which upstream's pod strategy computes when it creates
 * the pod (after mutating admission, so LimitRanger's defaults count): {@code BestEffort}
 * without any positive cpu or memory request or limit, {@code Guaranteed} when every container
 * limits both and the summed requests equal the summed limits, else {@code Burstable}. The
 * scheduler, the kubelet's eviction order and clients all read it from there.
 */
final class PodQosClass implements CreateHook {

  private static final List<String> COMPUTE = List.of("cpu", "memory");
  private static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers");

  @Override
  public Reservation beforeCreate(ObjectNode pod) {
    ObjectNode status = pod.get("status") instanceof ObjectNode s ? s : pod.putObject("status");
    status.put("qosClass", of(pod));
    return Reservation.NONE;
  }

  /** The class of {@code pod} from its containers' resources. */
  static String of(JsonNode pod) {
    Map<String, ResourceQuantity> requests = new HashMap<>();
    Map<String, ResourceQuantity> limits = new HashMap<>();
    boolean guaranteed = true;
    for (String list : CONTAINER_LISTS) {
      for (JsonNode container : pod.path("spec").path(list)) {
        JsonNode resources = container.path("resources");
        sumPositive(resources.path("requests"), requests);
        Set<String> limited = sumPositive(resources.path("limits"), limits);
        guaranteed &= limited.containsAll(COMPUTE);
      }
    }
    if (requests.isEmpty() && limits.isEmpty()) {
      return "BestEffort";
    }
    guaranteed &= requests.entrySet().stream().allMatch(request ->
        limits.containsKey(request.getKey())
            && limits.get(request.getKey()).compareTo(request.getValue()) == 0);
    return guaranteed && requests.size() == limits.size() ? "Guaranteed" : "Burstable";
  }

  /** Adds the positive cpu and memory quantities of {@code list} to {@code sums}. */
  private static Set<String> sumPositive(JsonNode list, Map<String, ResourceQuantity> sums) {
    Set<String> positive = new HashSet<>();
    for (String name : COMPUTE) {
      Optional<ResourceQuantity> quantity = quantity(list.path(name));
      if (quantity.isPresent() && quantity.get().signum() > 0) {
        positive.add(name);
        sums.merge(name, quantity.get(), ResourceQuantity::plus);
      }
    }
    return positive;
  }

  /** A malformed quantity counts as absent: validation rejects the pod after this hook. */
  private static Optional<ResourceQuantity> quantity(JsonNode value) {
    if (!value.isTextual() && !value.isNumber()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ResourceQuantity.parse(value.asText()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
