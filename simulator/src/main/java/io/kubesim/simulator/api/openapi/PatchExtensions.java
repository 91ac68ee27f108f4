package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.patch.PatchStrategyTags;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the strategic-merge-patch tags onto the model schemas: {@code
 * x-kubernetes-patch-strategy} and {@code x-kubernetes-patch-merge-key} on each tagged field,
 * where client-side {@code kubectl apply} reads them to compute its patch, and the list type
 * they imply ({@code x-kubernetes-list-type: map} keyed by the merge key, {@code set} for merged
 * lists of scalars).
 */
final class PatchExtensions {

  private final ModelSchemas schemas;
  private final Set<Map.Entry<String, PatchStrategyTags>> visited = new HashSet<>();

  PatchExtensions(ModelSchemas schemas) {
    this.schemas = schemas;
  }

  /** Tags schema {@code name} and the schemas below it with {@code tags}. */
  void apply(String name, PatchStrategyTags tags) {
    if (!visited.add(Map.entry(name, tags))) {
      return;
    }
    JsonNode properties = schemas.component(name).path("properties");
    for (Map.Entry<String, PatchStrategyTags.Field> entry : tags.fields().entrySet()) {
      if (properties.get(entry.getKey()) instanceof ObjectNode property) {
        tag(property, entry.getValue());
        String target = referencedName(property);
        if (target != null) {
          apply(target, entry.getValue().value());
        }
      }
    }
  }

  private void tag(ObjectNode property, PatchStrategyTags.Field field) {
    if (!field.strategy().isEmpty()) {
      property.put("x-kubernetes-patch-strategy", field.strategy());
    }
    if (!field.mergeKey().isEmpty()) {
      property.put("x-kubernetes-patch-merge-key", field.mergeKey());
    }
    if (!"array".equals(property.path("type").asText())
        || !field.strategy().contains("merge")) {
      return;
    }
    if (!field.mergeKey().isEmpty()) {
      property.put("x-kubernetes-list-type", "map");
      property.putArray("x-kubernetes-list-map-keys").add(field.mergeKey());
    } else if (!property.path("items").has("$ref")) {
      property.put("x-kubernetes-list-type", "set");
    }
  }

  /** The schema a field's value (or list element) refers to, or null for scalars. */
  private static String referencedName(JsonNode property) {
    JsonNode value = property.has("items") ? property.get("items") : property;
    JsonNode ref = value.has("allOf") ? value.get("allOf").get(0).get("$ref") : value.get("$ref");
    return ref == null ? null : ref.asText().substring(ModelSchemas.REF_PREFIX.length());
  }
}
