package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Defaults of the core/v1 kinds that hold no pod spec: Secrets are {@code Opaque}, a Namespace
 * carries its own name as a label and starts {@code Active}, a Node can allocate its whole
 * capacity, and a LimitRange's container defaults fall back on its bounds.
 */
final class CoreObjectDefaults {

  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private CoreObjectDefaults() {}

  static void secret(ObjectNode secret) {
    setIfZero(secret, "type", "Opaque");
  }

  /** A nameless namespace (generateName) gets its label once the name is known. */
  static void namespace(ObjectNode namespace) {
    ObjectNode meta = struct(namespace, "metadata");
    String name = meta.path("name").asText("");
    if (!name.isEmpty()) {
      struct(meta, "labels").put(NAMESPACE_NAME_LABEL, name);
    }
    setIfZero(struct(namespace, "status"), "phase", "Active");
  }

  static void node(ObjectNode node) {
    ObjectNode status = pointer(node, "status");
    if (status != null && GoFields.isNil(status, "allocatable")
        && pointer(status, "capacity") != null) {
      status.set("allocatable", status.get("capacity").deepCopy());
    }
  }

  /** Container items only: default ← max, then defaultRequest ← default, then ← min. */
  static void limitRange(ObjectNode limitRange) {
    ObjectNode spec = pointer(limitRange, "spec");
    if (spec == null) {
      return;
    }
    for (ObjectNode item : items(spec, "limits")) {
      if (!"Container".equals(item.path("type").asText())) {
        continue;
      }
      fillFrom(item, "default", item.get("max"));
      fillFrom(item, "defaultRequest", item.get("default"));
      fillFrom(item, "defaultRequest", item.get("min"));
    }
  }

  private static void fillFrom(ObjectNode item, String target, JsonNode source) {
    if (source == null || !source.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> quantity : source.properties()) {
      ObjectNode values = struct(item, target);
      if (!values.has(quantity.getKey())) {
        values.set(quantity.getKey(), quantity.getValue().deepCopy());
      }
    }
  }
}
