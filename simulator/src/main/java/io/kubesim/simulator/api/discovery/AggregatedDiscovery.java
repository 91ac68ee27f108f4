package io.kubesim.simulator.api.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceRegistry.ApiGroup;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.Subresource;
import java.util.List;

/**
 * Builds the aggregated discovery documents ({@code apidiscovery.k8s.io/v2 APIGroupDiscoveryList})
 * for {@code /api} and {@code /apis}: every group, version and resource in one response, which is
 * all kubectl 1.33 asks for.
 */
final class AggregatedDiscovery {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ResourceRegistry registry;

  AggregatedDiscovery(ResourceRegistry registry) {
    this.registry = registry;
  }

  /** {@code /api}: the core group, whose metadata has no name. */
  ObjectNode core() {
    ObjectNode doc = list();
    ObjectNode item = doc.withArrayProperty("items").addObject();
    item.putObject("metadata").putNull("creationTimestamp");
    versions(item, "", List.of("v1"));
    return doc;
  }

  /** {@code /apis}: every named group in discovery order, versions in preference order. */
  ObjectNode groups() {
    ObjectNode doc = list();
    ArrayNode items = doc.withArrayProperty("items");
    for (ApiGroup apiGroup : registry.groups()) {
      ObjectNode item = items.addObject();
      // upstream's ObjectMeta always serialises creationTimestamp, null here
      item.putObject("metadata").put("name", apiGroup.name()).putNull("creationTimestamp");
      versions(item, apiGroup.name(), apiGroup.versions());
    }
    return doc;
  }

  private static ObjectNode list() {
    ObjectNode doc =
        NODES
            .objectNode()
            .put("kind", "APIGroupDiscoveryList")
            .put("apiVersion", "apidiscovery.k8s.io/v2");
    doc.putObject("metadata");
    doc.putArray("items");
    return doc;
  }

  /** Adds the {@code versions} of {@code group} to its discovery item. */
  private void versions(ObjectNode item, String group, List<String> versions) {
    ArrayNode list = item.putArray("versions");
    for (String version : versions) {
      ObjectNode entry = list.addObject().put("version", version);
      ArrayNode resources = entry.putArray("resources");
      Served.in(registry, group, version).forEach(type -> resources.add(resource(type)));
      entry.put("freshness", "Current");
    }
  }

  private ObjectNode resource(ResourceType type) {
    ObjectNode entry = NODES.objectNode().put("resource", type.plural());
    // upstream fills responseKind from the legacy entry, whose group and version are empty
    entry.set("responseKind", kind("", "", type.kind()));
    entry
        .put("scope", type.namespaced() ? "Namespaced" : "Cluster")
        .put("singularResource", type.singular());
    Served.strings(entry, "verbs", type.verbs());
    Served.optionalStrings(entry, "shortNames", type.shortNames());
    Served.optionalStrings(entry, "categories", type.categories());
    List<Subresource> subresources = registry.subresources(type);
    if (!subresources.isEmpty()) {
      ArrayNode array = entry.putArray("subresources");
      subresources.forEach(sub -> array.add(subresource(type, sub)));
    }
    return entry;
  }

  private static ObjectNode subresource(ResourceType parent, Subresource sub) {
    GroupVersionKind kind = sub.responseKind();
    ObjectNode entry = NODES.objectNode().put("subresource", sub.name());
    entry.set(
        "responseKind",
        Served.sameGroupVersion(kind, parent)
            ? kind("", "", kind.kind())
            : kind(kind.group(), kind.version(), kind.kind()));
    Served.strings(entry, "verbs", sub.verbs());
    return entry;
  }

  private static ObjectNode kind(String group, String version, String kind) {
    return NODES.objectNode().put("group", group).put("version", version).put("kind", kind);
  }
}
