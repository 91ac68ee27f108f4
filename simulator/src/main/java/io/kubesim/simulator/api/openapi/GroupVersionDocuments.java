package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.ServerVersion;
import io.kubesim.simulator.patch.PatchStrategyTags;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the OpenAPI v3 document of every served group-version from a registry: the paths of
 * its types, and the schemas they reach, tagged with group-version-kinds and patch strategies.
 * Each document stands alone, as kubectl loads one per group-version.
 */
final class GroupVersionDocuments {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GroupVersionDocuments() {}

  /**
   * The documents by index path ({@code api/v1}, {@code apis/apps/v1}), in the registry's
   * group-version order.
   */
  static Map<String, ObjectNode> generate(ResourceRegistry registry, ServerVersion version) {
    ModelSchemas schemas = new ModelSchemas(new SchemaNames(registry.all()),
        new ModelDescriptions());
    ResourcePaths resourcePaths = new ResourcePaths(registry, schemas, new KindClasses(registry));
    Map<String, ObjectNode> pathsByGroupVersion = new LinkedHashMap<>();
    for (ResourceType type : registry.all()) {
      resourcePaths.add(type, pathsByGroupVersion.computeIfAbsent(indexPath(type),
          p -> NODES.objectNode()));
    }
    PatchExtensions patchExtensions = new PatchExtensions(schemas);
    for (ResourceType type : registry.all()) {
      if (type.javaType() != null) {
        patchExtensions.apply(schemas.define(type.javaType()),
            PatchStrategyTags.builtIn(type.apiVersion(), type.kind()));
      }
    }
    schemas.describeTypes();
    Map<String, ObjectNode> documents = new LinkedHashMap<>();
    pathsByGroupVersion.forEach((path, paths) ->
        documents.put(path, document(version, paths, schemas)));
    return documents;
  }

  /** {@code api/v1} for the core group, {@code apis/<group>/<version>} otherwise. */
  static String indexPath(ResourceType type) {
    return type.group().isEmpty() ? "api/" + type.version() : "apis/" + type.apiVersion();
  }

  private static ObjectNode document(ServerVersion version, ObjectNode paths,
      ModelSchemas schemas) {
    ObjectNode document = NODES.objectNode().put("openapi", "3.0.0");
    document.putObject("info").put("title", "Kubernetes").put("version", version.gitVersion());
    Map<String, JsonNode> sortedPaths = new TreeMap<>();
    paths.properties().forEach(path -> sortedPaths.put(path.getKey(), path.getValue()));
    sortedPaths.forEach(document.putObject("paths")::set);
    ObjectNode components = document.putObject("components").putObject("schemas");
    schemas.closure(ResourcePaths.referencedSchemas(paths)).forEach(components::set);
    return document;
  }
}
