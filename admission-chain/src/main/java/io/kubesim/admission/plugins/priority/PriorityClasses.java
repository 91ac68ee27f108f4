package io.kubesim.admission.plugins.priority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import java.util.Optional;

/**
 * PriorityClass lookups as the Priority plugin needs them, and what a pod gets from a class.
 */
final class PriorityClasses {

  /** Upstream's {@code DefaultPriorityWhenNoDefaultClassExists}. */
  static final int NO_DEFAULT_PRIORITY = 0;

  /** The preemption policy pods get when no class is the global default. */
  static final String PREEMPT_LOWER_PRIORITY = "PreemptLowerPriority";

  /**
   * What a pod gets from its class.
   *
   * @param className the class name, empty when no class applies
   * @param priority the class's value
   * @param preemptionPolicy the class's policy, or {@code null} when it has none
   */
  record Resolved(String className, int priority, String preemptionPolicy) {}

  private final ClusterView cluster;

  PriorityClasses(ClusterView cluster) {
    this.cluster = cluster;
  }

  /** The class {@code name}, if it exists. */
  Optional<ObjectNode> find(String name) {
    return cluster.get(KnownResources.PRIORITY_CLASSES, "", name);
  }

  /**
   * The global default class. Should a race have made several classes the default, the one with
   * the lowest value wins, as upstream decides.
   */
  Optional<ObjectNode> globalDefault() {
    ObjectNode chosen = null;
    for (ObjectNode candidate : cluster.list(KnownResources.PRIORITY_CLASSES, "")) {
      if (candidate.path("globalDefault").asBoolean(false)
          && (chosen == null || value(chosen) > value(candidate))) {
        chosen = candidate;
      }
    }
    return Optional.ofNullable(chosen);
  }

  /** What a pod without a class gets: the global default, else priority 0. */
  Resolved defaultPriority() {
    return globalDefault().map(PriorityClasses::resolved)
        .orElse(new Resolved("", NO_DEFAULT_PRIORITY, PREEMPT_LOWER_PRIORITY));
  }

  /** What a pod naming {@code priorityClass} gets from it. */
  static Resolved resolved(ObjectNode priorityClass) {
    JsonNode policy = priorityClass.path("preemptionPolicy");
    return new Resolved(priorityClass.path("metadata").path("name").asText(""),
        value(priorityClass), policy.isTextual() ? policy.asText() : null);
  }

  static int value(JsonNode priorityClass) {
    return priorityClass.path("value").asInt(0);
  }
}
