package io.kubesim.simulator.api;

import io.kubesim.admission.GroupVersionKind;
import java.util.List;
import java.util.Optional;

/**
 * The one registry of served resource types, from which routing, discovery and OpenAPI are
 * generated. Group-versions are listed in upstream's discovery order (preferred version first).
 */
public interface ResourceRegistry {

  /** The type served at {@code group/version} under {@code plural}, if any. */
  Optional<ResourceType> find(String group, String version, String plural);

  /** The type for an {@code apiVersion} + {@code kind}, if served. */
  Optional<ResourceType> findByKind(String apiVersion, String kind);

  /** Every served type, grouped by group-version in discovery order. */
  List<ResourceType> all();

  /** The API groups in discovery order, core ({@code ""}) excluded. */
  List<ApiGroup> groups();

  /**
   * How {@code type} serves each name in {@link ResourceType#subresources()}, sorted by name. The
   * default is the custom-resource convention ({@link Subresource#conventional}); built-in types
   * know better (e.g. {@code pods/log} only answers {@code get}).
   */
  default List<Subresource> subresources(ResourceType type) {
    return type.subresources().stream()
        .sorted()
        .map(name -> Subresource.conventional(type, name))
        .toList();
  }

  /**
   * The group-version-kind objects of {@code type} are persisted as, or empty when the type is
   * never stored (reviews, bindings). Types that share a storage version share their objects, e.g.
   * {@code autoscaling/v1} and {@code autoscaling/v2} HorizontalPodAutoscalers. The default says
   * every watchable type is stored as itself: only persisted types can be watched.
   */
  default Optional<GroupVersionKind> storageVersion(ResourceType type) {
    return type.supports("watch") ? Optional.of(type.gvk()) : Optional.empty();
  }

  /**
   * An API group and its served versions.
   *
   * @param name the group name
   * @param versions served versions, preferred first
   */
  record ApiGroup(String name, List<String> versions) {

    /** The version clients should use. */
    public String preferredVersion() {
      return versions.get(0);
    }
  }
}
