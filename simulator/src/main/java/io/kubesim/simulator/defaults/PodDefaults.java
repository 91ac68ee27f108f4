package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Defaults of a Pod object: those of its {@link PodSpecDefaults spec}, plus what upstream applies
 * to Pods only and never to templates — requests copied from limits when a container sets only
 * limits, {@code enableServiceLinks: true}, and host ports equal to container ports on the host
 * network.
 */
final class PodDefaults {

  private static final String[] RESOURCE_CONTAINER_LISTS = {"containers", "initContainers"};

  private PodDefaults() {}

  static void pod(ObjectNode pod) {
    ObjectNode spec = struct(pod, "spec");
    for (String list : RESOURCE_CONTAINER_LISTS) {
      items(spec, list).forEach(PodDefaults::requestsFromLimits);
    }
    setIfNil(spec, "enableServiceLinks", true);
    if (spec.path("hostNetwork").asBoolean(false)) {
      for (String list : RESOURCE_CONTAINER_LISTS) {
        for (ObjectNode container : items(spec, list)) {
          for (ObjectNode port : items(container, "ports")) {
            if (GoFields.isZero(port, "hostPort") && port.has("containerPort")) {
              port.set("hostPort", port.get("containerPort"));
            }
          }
        }
      }
    }
    PodSpecDefaults.apply(spec);
  }

  /** A limit without a request means "request what you limit" (LimitRanger relies on this). */
  private static void requestsFromLimits(ObjectNode container) {
    ObjectNode resources = pointer(container, "resources");
    ObjectNode limits = resources == null ? null : pointer(resources, "limits");
    if (limits == null || limits.isEmpty()) {
      return;
    }
    for (Map.Entry<String, JsonNode> limit : limits.properties()) {
      ObjectNode requests = struct(resources, "requests");
      if (!requests.has(limit.getKey())) {
        requests.set(limit.getKey(), limit.getValue().deepCopy());
      }
    }
  }
}
