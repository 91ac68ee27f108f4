package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ResourceType;
import java.util.List;
import java.util.Map;

/**
 * The part of upstream's v1 API defaulting, applied when a body is decoded, that admission
 * plugins depend on: pod containers request what they limit ({@code SetDefaults_Pod}), and a
 * LimitRange's {@code Container} items get their {@code default} from {@code max} and their
 * {@code defaultRequest} from {@code default}, then from {@code min}
 * ({@code SetDefaults_LimitRangeItem}).
 *
 * <p>Without it LimitRanger would fill a limits-only container's requests from the LimitRange
 * rather than from its own limits, and a LimitRange with only bounds would default nothing.
 */
final class ApiDefaults {

  private ApiDefaults() {}

  /** Applies the defaults for {@code type} to {@code object} in place. */
  static void apply(ResourceType type, ObjectNode object) {
    if (!type.group().isEmpty()) {
      return;
    }
    switch (type.plural()) {
      case "pods" -> requestsFromLimits(object);
      case "limitranges" -> limitRangeItems(object);
      default -> {
        // no other defaulting yet
      }
    }
  }

  private static void requestsFromLimits(ObjectNode pod) {
    for (String list : List.of("containers", "initContainers")) {
      for (JsonNode container : pod.path("spec").path(list)) {
        JsonNode limits = container.path("resources").path("limits");
        if (limits.isObject() && container instanceof ObjectNode c) {
          fillMissing(limits, c.withObjectProperty("resources"), "requests");
        }
      }
    }
  }

  private static void limitRangeItems(ObjectNode limitRange) {
    for (JsonNode item : limitRange.path("spec").path("limits")) {
      if (item instanceof ObjectNode i && "Container".equals(i.path("type").asText(""))) {
        fillMissing(i.path("max"), i, "default");
        fillMissing(i.path("default"), i, "defaultRequest");
        fillMissing(i.path("min"), i, "defaultRequest");
      }
    }
  }

  // copies each quantity of source that owner.field lacks, creating owner.field only if needed
  private static void fillMissing(JsonNode source, ObjectNode owner, String field) {
    if (!source.isObject() || source.isEmpty()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : source.properties()) {
      if (!owner.path(field).has(entry.getKey())) {
        owner.withObjectProperty(field).set(entry.getKey(), entry.getValue().deepCopy());
      }
    }
  }
}
