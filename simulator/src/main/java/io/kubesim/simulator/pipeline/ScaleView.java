package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.autoscaling.v1.Scale;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.selector.InvalidSelectorException;
import io.kubesim.simulator.selector.LabelSelector;
import io.kubesim.simulator.selector.MetaLabelSelector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code autoscaling/v1 Scale} that the {@code scale} subresource shows of a deployment,
 * replica set, stateful set or replication controller, as upstream's {@code scaleFrom*}
 * conversions build it: the parent's identity, {@code spec.replicas}, {@code status.replicas}
 * and the pod selector as a selector string.
 */
final class ScaleView {

  /** The Scale kind, as the body decoder and the patch step see it. */
  static final ResourceType SCALE = new ResourceType("autoscaling", "v1", "Scale", "scale",
      "scale", true, List.of(), List.of(), List.of(),
      Set.of(), Scale.class);

  private ScaleView() {}

  /** The Scale of {@code parent}, an object of {@code type}. */
  static ObjectNode of(ResourceType type, ObjectNode parent) {
    ObjectNode scale = ObjectMappers.json().createObjectNode();
    scale.put("kind", SCALE.kind());
    scale.put("apiVersion", SCALE.apiVersion());
    ObjectNode meta = scale.putObject("metadata");
    JsonNode parentMeta = parent.path("metadata");
    for (String field : new String[] {"name", "namespace", "uid", "resourceVersion",
        "creationTimestamp"}) {
      if (parentMeta.has(field)) {
        meta.set(field, parentMeta.get(field));
      }
    }
    ObjectNode spec = scale.putObject("spec");
    long replicas = parent.path("spec").path("replicas").asLong(0);
    if (replicas != 0) {
      spec.put("replicas", replicas); // omitempty upstream
    }
    ObjectNode status = scale.putObject("status");
    status.put("replicas", parent.path("status").path("replicas").asLong(0));
    String selector = selector(type, parent.path("spec").path("selector"));
    if (!selector.isEmpty()) {
      status.put("selector", selector);
    }
    return scale;
  }

  /** Replication controllers select with a plain map, the apps kinds with a LabelSelector. */
  private static String selector(ResourceType type, JsonNode selector) {
    if (selector.isMissingNode() || selector.isNull()) {
      return "";
    }
    if (type.group().isEmpty()) {
      Map<String, String> labels = new LinkedHashMap<>();
      selector.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
      return LabelSelector.fromMap(labels).toString();
    }
    try {
      return MetaLabelSelector.toSelector(selector).toString();
    } catch (InvalidSelectorException e) {
      return ""; // validation keeps invalid selectors out of storage; nothing to show
    }
  }
}
