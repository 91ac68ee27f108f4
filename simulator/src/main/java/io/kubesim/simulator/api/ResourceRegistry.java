package io.kubesim.simulator.api;

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
