package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Defaults of Services and of the endpoint lists behind them. A Service is a ClusterIP service
 * without session affinity whose ports are TCP and target the same port number; externally
 * reachable services route over the whole cluster. Cluster IPs, IP families and node ports are
 * not defaults: the registry allocates them when the service is created (see
 * {@code io.kubesim.simulator.strategy}).
 */
final class ServiceDefaults {

  /** Upstream's {@code DefaultClientIPServiceAffinitySeconds}: three hours. */
  private static final int CLIENT_IP_AFFINITY_SECONDS = 10800;
  private static final Set<String> INTERNAL_TRAFFIC_TYPES =
      Set.of("ClusterIP", "NodePort", "LoadBalancer");

  private ServiceDefaults() {}

  static void service(ObjectNode service) {
    ObjectNode spec = struct(service, "spec");
    setIfZero(spec, "sessionAffinity", "None");
    String affinity = spec.path("sessionAffinity").asText();
    if (affinity.equals("None")) {
      spec.remove("sessionAffinityConfig");
    } else if (affinity.equals("ClientIP")) {
      JsonNode timeout = spec.at("/sessionAffinityConfig/clientIP/timeoutSeconds");
      if (timeout.isMissingNode() || timeout.isNull()) {
        spec.putObject("sessionAffinityConfig").putObject("clientIP")
            .put("timeoutSeconds", CLIENT_IP_AFFINITY_SECONDS);
      }
    }
    setIfZero(spec, "type", "ClusterIP");
    for (ObjectNode port : items(spec, "ports")) {
      setIfZero(port, "protocol", "TCP");
      // intstr zero: an absent, 0 or "" targetPort means "the service port".
      if (GoFields.isZero(port, "targetPort") && port.has("port")) {
        port.set("targetPort", port.get("port"));
      }
    }
    String type = spec.path("type").asText();
    if (externallyAccessible(spec, type)) {
      setIfZero(spec, "externalTrafficPolicy", "Cluster");
    }
    if (INTERNAL_TRAFFIC_TYPES.contains(type)) {
      setIfNil(spec, "internalTrafficPolicy", "Cluster");
    }
    if (type.equals("LoadBalancer")) {
      setIfNil(spec, "allocateLoadBalancerNodePorts", true);
      ObjectNode loadBalancer = GoFields.at(service, "status", "loadBalancer");
      if (loadBalancer != null) {
        for (ObjectNode ingress : items(loadBalancer, "ingress")) {
          if (!GoFields.isZero(ingress, "ip")) {
            setIfNil(ingress, "ipMode", "VIP");
          }
        }
      }
    }
  }

  /** Upstream's {@code ExternallyAccessible}: node ports, load balancers, or external IPs. */
  static boolean externallyAccessible(JsonNode spec, String type) {
    return type.equals("LoadBalancer") || type.equals("NodePort")
        || (type.equals("ClusterIP") && !spec.path("externalIPs").isEmpty());
  }

  static void endpoints(ObjectNode endpoints) {
    for (ObjectNode subset : items(endpoints, "subsets")) {
      items(subset, "ports").forEach(port -> setIfZero(port, "protocol", "TCP"));
    }
  }

  /** discovery/v1 ports: a nil name is the empty name, a nil protocol is TCP. */
  static void endpointSlice(ObjectNode slice) {
    for (ObjectNode port : items(slice, "ports")) {
      setIfNil(port, "name", "");
      setIfNil(port, "protocol", "TCP");
    }
  }
}
