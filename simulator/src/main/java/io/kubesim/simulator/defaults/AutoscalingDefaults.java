package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of HorizontalPodAutoscalers: at least one replica; in autoscaling/v2 a target of 80%
 * CPU when no metric is given, and — only when {@code behavior} is present — the rest of the
 * scale-up and scale-down rules the controller would otherwise assume.
 */
final class AutoscalingDefaults {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int DEFAULT_CPU_UTILIZATION = 80;

  private AutoscalingDefaults() {}

  static void autoscalerV1(ObjectNode autoscaler) {
    setIfNil(struct(autoscaler, "spec"), "minReplicas", 1);
  }

  static void autoscalerV2(ObjectNode autoscaler) {
    ObjectNode spec = struct(autoscaler, "spec");
    setIfNil(spec, "minReplicas", 1);
    if (GoFields.isZero(spec, "metrics")) {
      ObjectNode metric = spec.putArray("metrics").addObject().put("type", "Resource");
      metric.putObject("resource").put("name", "cpu").putObject("target")
          .put("type", "Utilization").put("averageUtilization", DEFAULT_CPU_UTILIZATION);
    }
    ObjectNode behavior = pointer(spec, "behavior");
    if (behavior != null) {
      behavior.set("scaleUp", rules(pointer(behavior, "scaleUp"), 0,
          policies(policy("Pods", 4), policy("Percent", 100))));
      // Scale-down keeps no stabilization window: the controller's flag decides it.
      behavior.set("scaleDown", rules(pointer(behavior, "scaleDown"), null,
          policies(policy("Percent", 100))));
    }
  }

  /** Upstream's copyHPAScalingRules: every field the client set wins over the default. */
  private static ObjectNode rules(ObjectNode given, Integer window, ArrayNode policies) {
    ObjectNode rules = NODES.objectNode();
    JsonNode givenWindow = field(given, "stabilizationWindowSeconds");
    if (givenWindow != null) {
      rules.set("stabilizationWindowSeconds", givenWindow);
    } else if (window != null) {
      rules.put("stabilizationWindowSeconds", window);
    }
    JsonNode selectPolicy = field(given, "selectPolicy");
    rules.set("selectPolicy", selectPolicy != null ? selectPolicy : NODES.textNode("Max"));
    JsonNode givenPolicies = field(given, "policies");
    rules.set("policies", givenPolicies != null ? givenPolicies : policies);
    JsonNode tolerance = field(given, "tolerance");
    if (tolerance != null) {
      rules.set("tolerance", tolerance);
    }
    return rules;
  }

  private static JsonNode field(ObjectNode rules, String name) {
    return rules == null || GoFields.isNil(rules, name) ? null : rules.get(name);
  }

  private static ObjectNode policy(String type, int value) {
    return NODES.objectNode().put("type", type).put("value", value).put("periodSeconds", 15);
  }

  private static ArrayNode policies(ObjectNode... policies) {
    ArrayNode list = NODES.arrayNode();
    for (ObjectNode p : policies) {
      list.add(p);
    }
    return list;
  }
}
