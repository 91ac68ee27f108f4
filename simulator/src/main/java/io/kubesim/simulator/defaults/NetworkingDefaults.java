package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of networking.k8s.io/v1: a NetworkPolicy without {@code policyTypes} isolates ingress
 * (and egress too when it lists egress rules), and its ports are TCP; an IngressClass's
 * parameters are cluster-scoped unless they say otherwise.
 */
final class NetworkingDefaults {

  private NetworkingDefaults() {}

  static void networkPolicy(ObjectNode policy) {
    ObjectNode spec = struct(policy, "spec");
    for (String direction : new String[] {"ingress", "egress"}) {
      for (ObjectNode rule : items(spec, direction)) {
        items(rule, "ports").forEach(port -> setIfNil(port, "protocol", "TCP"));
      }
    }
    if (GoFields.isZero(spec, "policyTypes")) {
      ArrayNode types = spec.putArray("policyTypes").add("Ingress");
      if (!GoFields.isZero(spec, "egress")) {
        types.add("Egress");
      }
    }
  }

  static void ingressClass(ObjectNode ingressClass) {
    ObjectNode parameters = GoFields.at(ingressClass, "spec", "parameters");
    if (parameters != null) {
      setIfNil(parameters, "scope", "Cluster");
    }
  }
}
