package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which allocated values a service spec needs, by its type — upstream's {@code needsClusterIP},
 * {@code needsNodePort} and {@code NeedsHealthCheck}.
 */
final class ServiceTypes {

  private ServiceTypes() {}

  static String type(JsonNode spec) {
    String type = spec.path("type").asText("");
    return type.isEmpty() ? "ClusterIP" : type;
  }

  /** Every type but ExternalName has a cluster IP (or is headless, "None"). */
  static boolean needsClusterIp(JsonNode spec) {
    return !type(spec).equals("ExternalName");
  }

  static boolean needsNodePort(JsonNode spec) {
    String type = type(spec);
    return type.equals("NodePort") || type.equals("LoadBalancer");
  }

  /** Node ports are picked for NodePort services, and for load balancers that want them. */
  static boolean allocatesNodePorts(JsonNode spec) {
    return type(spec).equals("NodePort") || (type(spec).equals("LoadBalancer")
        && spec.path("allocateLoadBalancerNodePorts").asBoolean(true));
  }

  /** A load balancer that keeps traffic on the node needs a health-check port. */
  static boolean needsHealthCheck(JsonNode spec) {
    return type(spec).equals("LoadBalancer")
        && spec.path("externalTrafficPolicy").asText("").equals("Local");
  }

  static boolean headless(JsonNode spec) {
    return spec.path("clusterIP").asText("").equals("None")
        || spec.path("clusterIPs").path(0).asText("").equals("None");
  }
}
