package io.kubesim.simulator.api;

import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.GroupVersionResource;
import io.kubesim.simulator.api.BuiltInTypes.BuiltInType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of Kubernetes' built-in resource types, generated from the fabric8 model classes on
 * the class path and a release's {@link ReleaseFacts}. Immutable once created; creation fails when
 * the facts and the classes disagree.
 */
public final class BuiltInResourceRegistry implements ResourceRegistry {

  private final List<ResourceType> all;
  private final List<ApiGroup> groups;
  private final Map<GroupVersionResource, BuiltInType> byResource = new LinkedHashMap<>();
  private final Map<GroupVersionKind, ResourceType> byKind = new LinkedHashMap<>();

  private BuiltInResourceRegistry(List<BuiltInType> types, List<String> groupVersions) {
    for (BuiltInType builtIn : types) {
      byResource.put(builtIn.type().gvr(), builtIn);
      byKind.put(builtIn.type().gvk(), builtIn.type());
    }
    this.all = types.stream().map(BuiltInType::type).toList();
    this.groups = groupsOf(groupVersions);
  }

  /**
   * The types a default kube-apiserver v1.33 serves. Each call scans the class path and reads the
   * facts anew, so build one and share it.
   */
  public static BuiltInResourceRegistry kubernetes133() {
    return create(ReleaseFacts.kubernetes133(), BuiltInResourceRegistry.class.getClassLoader());
  }

  /**
   * The types {@code release} serves, from the model classes {@code modelClassLoader} sees.
   *
   * @throws IllegalStateException when the facts name kinds or resources no model class has, or two
   *     classes claim one resource
   */
  public static BuiltInResourceRegistry create(ReleaseFacts release, ClassLoader modelClassLoader) {
    List<BuiltInType> types =
        BuiltInTypes.assemble(release, ModelClasses.discover(modelClassLoader));
    return new BuiltInResourceRegistry(types, release.groupVersions());
  }

  @Override
  public Optional<ResourceType> find(String group, String version, String plural) {
    BuiltInType builtIn = byResource.get(new GroupVersionResource(group, version, plural));
    return Optional.ofNullable(builtIn).map(BuiltInType::type);
  }

  @Override
  public Optional<ResourceType> findByKind(String apiVersion, String kind) {
    if (apiVersion == null || kind == null) {
      return Optional.empty();
    }
    int slash = apiVersion.indexOf('/');
    GroupVersionKind gvk =
        slash < 0
            ? new GroupVersionKind("", apiVersion, kind)
            : new GroupVersionKind(
                apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    return Optional.ofNullable(byKind.get(gvk));
  }

  @Override
  public List<ResourceType> all() {
    return all;
  }

  @Override
  public List<ApiGroup> groups() {
    return groups;
  }

  @Override
  public List<Subresource> subresources(ResourceType type) {
    return builtIn(type)
        .map(BuiltInType::subresources)
        .orElseGet(() -> ResourceRegistry.super.subresources(type));
  }

  @Override
  public Optional<GroupVersionKind> storageVersion(ResourceType type) {
    return builtIn(type)
        .map(BuiltInType::storageVersion)
        .orElseGet(() -> ResourceRegistry.super.storageVersion(type));
  }

  private Optional<BuiltInType> builtIn(ResourceType type) {
    return Optional.ofNullable(byResource.get(type.gvr())).filter(b -> b.type().equals(type));
  }

  private static List<ApiGroup> groupsOf(List<String> groupVersions) {
    Map<String, List<String>> versions = new LinkedHashMap<>();
    for (String groupVersion : groupVersions) {
      int slash = groupVersion.indexOf('/');
      if (slash > 0) {
        versions
            .computeIfAbsent(groupVersion.substring(0, slash), g -> new ArrayList<>())
            .add(groupVersion.substring(slash + 1));
      }
    }
    return versions.entrySet().stream()
        .map(e -> new ApiGroup(e.getKey(), List.copyOf(e.getValue())))
        .toList();
  }
}
