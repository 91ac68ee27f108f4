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
import java.util.Optional;

/**
 * Builds the legacy (pre-aggregation) discovery documents: {@code APIVersions} for {@code /api},
 * {@code APIGroupList} for {@code /apis}, {@code APIGroup} for {@code /apis/{group}} and {@code
 * APIResourceList} for each group-version. fabric8, the official Java client and {@code kubectl
 * auth can-i} read these.
 */
final class LegacyDiscovery {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ResourceRegistry registry;

  LegacyDiscovery(ResourceRegistry registry) {
    this.registry = registry;
  }

  ObjectNode apiVersions(String serverAddress) {
    ObjectNode doc = NODES.objectNode().put("kind", "APIVersions");
    doc.putArray("versions").add("v1");
    doc.putArray("serverAddressByClientCIDRs")
        .addObject()
        .put("clientCIDR", "0.0.0.0/0")
        .put("serverAddress", serverAddress);
    return doc;
  }

  ObjectNode apiGroupList() {
    ObjectNode doc = NODES.objectNode().put("kind", "APIGroupList").put("apiVersion", "v1");
    ArrayNode groups = doc.putArray("groups");
    registry.groups().forEach(group -> describe(group, groups.addObject()));
    return doc;
  }

  Optional<ObjectNode> apiGroup(String name) {
    return registry.groups().stream()
        .filter(group -> group.name().equals(name))
        .findFirst()
        .map(
            group ->
                describe(
                    group, NODES.objectNode().put("kind", "APIGroup").put("apiVersion", "v1")));
  }

  Optional<ObjectNode> apiResourceList(String group, String version) {
    List<ResourceType> types = Served.in(registry, group, version);
    if (types.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode doc = NODES.objectNode().put("kind", "APIResourceList");
    // upstream quirk: the core list (GET /api/v1) carries no apiVersion, group lists do
    if (!group.isEmpty()) {
      doc.put("apiVersion", "v1");
    }
    doc.put("groupVersion", types.get(0).apiVersion());
    ArrayNode resources = doc.putArray("resources");
    for (ResourceType type : types) {
      resources.add(resource(type));
      registry.subresources(type).forEach(sub -> resources.add(subresource(type, sub)));
    }
    return Optional.of(doc);
  }

  private static ObjectNode describe(ApiGroup group, ObjectNode into) {
    into.put("name", group.name());
    ArrayNode versions = into.putArray("versions");
    group.versions().forEach(version -> versions.add(groupVersion(group.name(), version)));
    into.set("preferredVersion", groupVersion(group.name(), group.preferredVersion()));
    return into;
  }

  private static ObjectNode groupVersion(String group, String version) {
    return NODES.objectNode().put("groupVersion", group + "/" + version).put("version", version);
  }

  private ObjectNode resource(ResourceType type) {
    ObjectNode entry =
        NODES
            .objectNode()
            .put("name", type.plural())
            .put("singularName", type.singular())
            .put("namespaced", type.namespaced())
            .put("kind", type.kind());
    Served.strings(entry, "verbs", type.verbs());
    Served.optionalStrings(entry, "shortNames", type.shortNames());
    Served.optionalStrings(entry, "categories", type.categories());
    registry
        .storageVersion(type)
        .ifPresent(storage -> entry.put("storageVersionHash", StorageVersionHash.of(storage)));
    return entry;
  }

  private static ObjectNode subresource(ResourceType parent, Subresource sub) {
    ObjectNode entry =
        NODES
            .objectNode()
            .put("name", parent.plural() + "/" + sub.name())
            .put("singularName", "")
            .put("namespaced", parent.namespaced());
    GroupVersionKind kind = sub.responseKind();
    if (!Served.sameGroupVersion(kind, parent)) {
      entry.put("group", kind.group()).put("version", kind.version());
    }
    entry.put("kind", kind.kind());
    Served.strings(entry, "verbs", sub.verbs());
    return entry;
  }
}
