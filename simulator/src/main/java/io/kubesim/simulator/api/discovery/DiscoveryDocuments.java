package io.kubesim.simulator.api.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ReleaseFacts;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceRegistry.ApiGroup;
import io.kubesim.simulator.api.ServerVersion;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Answers every discovery request with a freshly built document from the registry, so types added
 * later (custom resources) show up at once: {@code /version}, the root path list, legacy {@code
 * /api}, {@code /apis}, {@code /apis/{g}}, {@code /api/v1}, {@code /apis/{g}/{v}}, and the
 * aggregated v2 documents with their ETags. Each call returns a new tree the caller may keep.
 */
public final class DiscoveryDocuments {

  /** The response {@code Content-Type} of aggregated documents; clients switch on it alone. */
  public static final String AGGREGATED_CONTENT_TYPE =
      "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ResourceRegistry registry;
  private final ServerVersion version;
  private final List<String> extraRootPaths;
  private final LegacyDiscovery legacy;
  private final AggregatedDiscovery aggregated;

  private DiscoveryDocuments(
      ResourceRegistry registry, ServerVersion version, List<String> extraRootPaths) {
    this.registry = registry;
    this.version = version;
    this.extraRootPaths = List.copyOf(extraRootPaths);
    this.legacy = new LegacyDiscovery(registry);
    this.aggregated = new AggregatedDiscovery(registry);
  }

  /** Documents for {@code registry}, reporting {@code release}'s version and root paths. */
  public static DiscoveryDocuments create(ResourceRegistry registry, ReleaseFacts release) {
    return new DiscoveryDocuments(registry, release.version(), release.rootPaths());
  }

  /** {@code GET /version}: upstream's {@code version.Info}. */
  public ObjectNode version() {
    return NODES
        .objectNode()
        .put("major", version.major())
        .put("minor", version.minor())
        .put("emulationMajor", version.emulationMajor())
        .put("emulationMinor", version.emulationMinor())
        .put("minCompatibilityMajor", version.minCompatibilityMajor())
        .put("minCompatibilityMinor", version.minCompatibilityMinor())
        .put("gitVersion", version.gitVersion())
        .put("gitCommit", version.gitCommit())
        .put("gitTreeState", version.gitTreeState())
        .put("buildDate", version.buildDate())
        .put("goVersion", version.goVersion())
        .put("compiler", version.compiler())
        .put("platform", version.platform());
  }

  /** {@code GET /}: {@code {"paths":[...]}}, sorted, as fabric8's {@code supportsApiPath} reads. */
  public ObjectNode rootPaths() {
    TreeSet<String> paths = new TreeSet<>(extraRootPaths);
    paths.add("/api");
    paths.add("/api/v1");
    paths.add("/apis");
    for (ApiGroup group : registry.groups()) {
      paths.add("/apis/" + group.name());
      group.versions().forEach(v -> paths.add("/apis/" + group.name() + "/" + v));
    }
    ObjectNode doc = NODES.objectNode();
    ArrayNode array = doc.putArray("paths");
    paths.forEach(array::add);
    return doc;
  }

  /**
   * Legacy {@code GET /api}: {@code APIVersions}.
   *
   * @param serverAddress the {@code host:port} clients reached, e.g. {@code 127.0.0.1:18080}
   */
  public ObjectNode apiVersions(String serverAddress) {
    return legacy.apiVersions(serverAddress);
  }

  /** Legacy {@code GET /apis}: {@code APIGroupList}, groups in discovery order. */
  public ObjectNode apiGroupList() {
    return legacy.apiGroupList();
  }

  /** {@code GET /apis/{group}}: {@code APIGroup}; empty for an unknown group (answer 404). */
  public Optional<ObjectNode> apiGroup(String group) {
    return legacy.apiGroup(group);
  }

  /**
   * {@code GET /api/v1} ({@code group} empty) or {@code GET /apis/{group}/{version}}: {@code
   * APIResourceList} with subresources as {@code pods/status} entries; empty when nothing is served
   * there (answer 404).
   */
  public Optional<ObjectNode> apiResourceList(String group, String version) {
    return legacy.apiResourceList(group, version);
  }

  /** Aggregated {@code GET /api}: the core group as an {@code APIGroupDiscoveryList}. */
  public ETaggedDocument aggregatedApi() {
    return ETaggedDocument.of(aggregated.core());
  }

  /** Aggregated {@code GET /apis}: every named group as an {@code APIGroupDiscoveryList}. */
  public ETaggedDocument aggregatedApis() {
    return ETaggedDocument.of(aggregated.groups());
  }
}
