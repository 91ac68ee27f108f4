package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.number;
import static io.kubesim.simulator.api.table.JsonFields.present;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of scaling: horizontal pod autoscalers ({@code TARGETS} pairs each metric's current value
 * with its target, at most two listed) and the {@code scale} subresource.
 */
final class AutoscalingRows {

  private static final int MAX_METRICS = 2;
  private static final String UNKNOWN = "<unknown>";

  private AutoscalingRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of("horizontalpodautoscalers", AutoscalingRows::autoscaler,
        "scale", AutoscalingRows::scale);
  }

  static Row autoscaler(JsonNode hpa, PrintTime time) {
    JsonNode spec = hpa.path("spec");
    JsonNode target = spec.path("scaleTargetRef");
    return Row.of(name(hpa), text(target, "kind") + "/" + text(target, "name"), targets(hpa),
        present(spec, "minReplicas") ? String.valueOf(number(spec, "minReplicas")) : "<unset>",
        number(spec, "maxReplicas"), number(hpa, "status", "currentReplicas"), time.age(hpa));
  }

  static Row scale(JsonNode scale, PrintTime time) {
    return Row.of(name(scale), number(scale, "spec", "replicas"),
        number(scale, "status", "replicas"), time.age(scale));
  }

  private static String targets(JsonNode hpa) {
    JsonNode spec = hpa.path("spec");
    if (present(spec, "targetCPUUtilizationPercentage")) {
      // autoscaling/v1: the one CPU utilization target becomes a Resource metric upstream
      JsonNode current = at(hpa, "status", "currentCPUUtilizationPercentage");
      return "cpu: " + (present(current) ? current.asLong() + "%" : UNKNOWN) + "/"
          + number(spec, "targetCPUUtilizationPercentage") + "%";
    }
    List<JsonNode> specs = items(spec, "metrics");
    if (specs.isEmpty()) {
      return "<none>";
    }
    List<JsonNode> statuses = items(hpa, "status", "currentMetrics");
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      JsonNode status = i < statuses.size() ? statuses.get(i) : null;
      listed.add(metric(specs.get(i), status));
    }
    if (listed.size() > MAX_METRICS) {
      return String.join(", ", listed.subList(0, MAX_METRICS)) + " + "
          + (listed.size() - MAX_METRICS) + " more...";
    }
    return String.join(", ", listed);
  }

  private static String metric(JsonNode spec, JsonNode status) {
    String type = text(spec, "type");
    return switch (type) {
      case "External", "Object" -> {
        String source = type.equals("External") ? "external" : "object";
        JsonNode target = at(spec, source, "target");
        JsonNode current = status == null ? null : at(status, source, "current");
        if (present(target, "averageValue")) {
          yield value(current, "averageValue", true) + "/" + text(target, "averageValue")
              + " (avg)";
        }
        yield value(current, "value", false) + "/" + quantity(target, "value");
      }
      case "Pods" -> value(status == null ? null : at(status, "pods", "current"),
          "averageValue", false) + "/" + quantity(at(spec, "pods", "target"), "averageValue");
      case "Resource", "ContainerResource" -> {
        String source = type.equals("Resource") ? "resource" : "containerResource";
        JsonNode target = at(spec, source, "target");
        JsonNode current = status == null ? null : at(status, source, "current");
        String prefix = text(spec, source, "name") + ": ";
        if (present(target, "averageValue")) {
          yield prefix + value(current, "averageValue", false) + "/"
              + text(target, "averageValue");
        }
        String now = current != null && present(current, "averageUtilization")
            ? number(current, "averageUtilization") + "%" : UNKNOWN;
        String want = present(target, "averageUtilization")
            ? number(target, "averageUtilization") + "%" : "<auto>";
        yield prefix + now + "/" + want;
      }
      default -> "<unknown type>";
    };
  }

  /**
   * A current value; {@code <unknown>} when the status has no entry for the metric, and, for
   * {@code strict} fields, also when the entry lacks the field.
   */
  private static String value(JsonNode current, String field, boolean strict) {
    if (current == null || current.isMissingNode() || strict && !present(current, field)) {
      return UNKNOWN;
    }
    return quantity(current, field);
  }

  /** A quantity field as stored; Go prints an absent quantity pointer as {@code <nil>}. */
  private static String quantity(JsonNode node, String field) {
    return present(node, field) ? text(node, field) : "<nil>";
  }
}
