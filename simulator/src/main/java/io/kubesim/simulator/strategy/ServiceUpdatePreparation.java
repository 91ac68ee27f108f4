package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Upstream's service {@code PrepareForUpdate}: allocated values a client left out of an update
 * (a PUT built from scratch, an old client that knows only {@code clusterIP}) are carried over
 * from the stored service, and values that a type change makes meaningless — node ports of a
 * service that became ClusterIP, the cluster IP of one that became ExternalName — are dropped,
 * but only when the client did not change them itself.
 */
final class ServiceUpdatePreparation {

  private ServiceUpdatePreparation() {}

  static void apply(ObjectNode spec, JsonNode oldSpec) {
    patchAllocatedValues(spec, oldSpec);
    normalizeClusterIps(spec, oldSpec);
    dropTypeDependentFields(spec, oldSpec);
  }

  private static void patchAllocatedValues(ObjectNode spec, JsonNode oldSpec) {
    if (ServiceTypes.needsClusterIp(oldSpec) && ServiceTypes.needsClusterIp(spec)) {
      if (text(spec, "clusterIP").isEmpty() && !text(oldSpec, "clusterIP").isEmpty()) {
        spec.set("clusterIP", oldSpec.get("clusterIP"));
      }
      if (spec.path("clusterIPs").isEmpty() && !oldSpec.path("clusterIPs").isEmpty()) {
        spec.set("clusterIPs", oldSpec.get("clusterIPs").deepCopy());
      }
    }
    if (ServiceTypes.needsNodePort(oldSpec) && ServiceTypes.needsNodePort(spec)) {
      Set<Integer> kept = nodePorts(oldSpec);
      kept.retainAll(nodePorts(spec));
      Map<String, Integer> byName = new HashMap<>();
      oldSpec.path("ports").forEach(p -> byName.put(text(p, "name"), p.path("nodePort").asInt()));
      spec.path("ports").forEach(p -> {
        int old = byName.getOrDefault(text(p, "name"), 0);
        if (p.path("nodePort").asInt(0) == 0 && old != 0 && !kept.contains(old)) {
          ((ObjectNode) p).put("nodePort", old);
        }
      });
    }
    if (ServiceTypes.needsHealthCheck(oldSpec) && ServiceTypes.needsHealthCheck(spec)
        && spec.path("healthCheckNodePort").asInt(0) == 0) {
      spec.set("healthCheckNodePort", oldSpec.get("healthCheckNodePort"));
    }
  }

  /** An old client that changes or clears only {@code clusterIP} means the list too. */
  private static void normalizeClusterIps(ObjectNode spec, JsonNode oldSpec) {
    String oldIp = text(oldSpec, "clusterIP");
    String newIp = text(spec, "clusterIP");
    if (!oldSpec.path("clusterIPs").isEmpty() && spec.path("clusterIPs").isEmpty()
        && oldIp.equals(newIp)) {
      spec.set("clusterIPs", oldSpec.get("clusterIPs").deepCopy());
    }
    if (!oldIp.equals(newIp) && sameList(oldSpec, spec, "clusterIPs")) {
      if (newIp.isEmpty()) {
        spec.remove("clusterIPs");
      } else {
        spec.putArray("clusterIPs").add(newIp);
      }
    }
  }

  private static void dropTypeDependentFields(ObjectNode spec, JsonNode oldSpec) {
    if (ServiceTypes.needsClusterIp(oldSpec) && !ServiceTypes.needsClusterIp(spec)) {
      if (sameList(oldSpec, spec, "clusterIPs")) {
        spec.remove("clusterIP");
        spec.remove("clusterIPs");
      }
      if (sameList(oldSpec, spec, "ipFamilies")) {
        spec.remove("ipFamilies");
      }
      if (oldSpec.path("ipFamilyPolicy").equals(spec.path("ipFamilyPolicy"))) {
        spec.remove("ipFamilyPolicy");
      }
    }
    if (ServiceTypes.needsNodePort(oldSpec) && !ServiceTypes.needsNodePort(spec)
        && nodePorts(oldSpec).equals(nodePorts(spec))) {
      spec.path("ports").forEach(p -> ((ObjectNode) p).remove("nodePort"));
    }
    if (ServiceTypes.needsHealthCheck(oldSpec) && !ServiceTypes.needsHealthCheck(spec)
        && oldSpec.path("healthCheckNodePort").asInt(0)
            == spec.path("healthCheckNodePort").asInt(0)) {
      spec.remove("healthCheckNodePort");
    }
    boolean wasLoadBalancer = ServiceTypes.type(oldSpec).equals("LoadBalancer");
    if (wasLoadBalancer && !ServiceTypes.type(spec).equals("LoadBalancer")) {
      if (spec.has("allocateLoadBalancerNodePorts")
          && oldSpec.path("allocateLoadBalancerNodePorts")
              .equals(spec.get("allocateLoadBalancerNodePorts"))) {
        spec.remove("allocateLoadBalancerNodePorts");
      }
      if (oldSpec.path("loadBalancerClass").equals(spec.path("loadBalancerClass"))) {
        spec.remove("loadBalancerClass");
      }
    }
    if (externallyAccessible(oldSpec) && !externallyAccessible(spec)
        && text(oldSpec, "externalTrafficPolicy").equals(text(spec, "externalTrafficPolicy"))) {
      spec.remove("externalTrafficPolicy");
    }
  }

  private static boolean externallyAccessible(JsonNode spec) {
    String type = ServiceTypes.type(spec);
    return type.equals("LoadBalancer") || type.equals("NodePort")
        || (type.equals("ClusterIP") && !spec.path("externalIPs").isEmpty());
  }

  private static Set<Integer> nodePorts(JsonNode spec) {
    Set<Integer> ports = new HashSet<>();
    spec.path("ports").forEach(p -> {
      if (p.path("nodePort").asInt(0) != 0) {
        ports.add(p.path("nodePort").asInt());
      }
    });
    return ports;
  }

  /** Upstream compares these lists element by element; nil and empty are the same. */
  private static boolean sameList(JsonNode a, JsonNode b, String field) {
    return ServiceIpFamilies.texts(a.path(field)).equals(ServiceIpFamilies.texts(b.path(field)));
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }
}
