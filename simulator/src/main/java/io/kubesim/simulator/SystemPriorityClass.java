package io.kubesim.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;

/**
 * The PriorityClasses the API server creates at start-up (upstream's {@code
 * SystemPriorityClasses}), for the pods a cluster or a node cannot work without.
 */
enum SystemPriorityClass {

  SYSTEM_NODE_CRITICAL("system-node-critical", 2000001000,
      "Used for system critical pods that must not be moved from their current node."),
  SYSTEM_CLUSTER_CRITICAL("system-cluster-critical", 2000000000,
      "Used for system critical pods that must run in the cluster, but can be moved to another "
          + "node if necessary.");

  private final String className;
  private final int value;
  private final String description;

  SystemPriorityClass(String className, int value, String description) {
    this.className = className;
    this.value = value;
    this.description = description;
  }

  String className() {
    return className;
  }


  /** The object as the API would store it; {@code preemptionPolicy} is the API default. */
  ObjectNode toObject() {
    ObjectNode pc = ObjectMappers.json().createObjectNode();
    pc.put("apiVersion", "scheduling.k8s.io/v1").put("kind", "PriorityClass");
    pc.putObject("metadata").put("name", className);
    pc.put("value", value).put("description", description)
        .put("preemptionPolicy", "PreemptLowerPriority");
    return pc;
  }
}
