package io.kubesim.simulator.api.openapi;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the fabric8 model class of a kind, including kinds that are not served as resources but
 * travel as bodies of subresources ({@code autoscaling/v1 Scale}, {@code policy/v1 Eviction},
 * {@code v1 PodExecOptions}): fabric8 puts such a kind in the Java package of the served kinds of
 * its group-version, and its annotations must confirm the group-version-kind.
 */
final class KindClasses {

  private final ResourceRegistry registry;
  private final Map<String, String> packages = new HashMap<>();

  KindClasses(ResourceRegistry registry) {
    this.registry = registry;
    for (ResourceType type : registry.all()) {
      if (type.javaType() != null) {
        packages.putIfAbsent(type.apiVersion(), type.javaType().getPackageName());
      }
    }
  }

  /** The model class of {@code gvk}, if a served type or a sibling class is it. */
  Optional<Class<?>> find(GroupVersionKind gvk) {
    Optional<ResourceType> served = registry.findByKind(gvk.apiVersion(), gvk.kind());
    if (served.isPresent() && served.get().javaType() != null) {
      return Optional.of(served.get().javaType());
    }
    String javaPackage = packages.get(gvk.apiVersion());
    if (javaPackage == null) {
      return Optional.empty();
    }
    try {
      Class<?> candidate = Class.forName(javaPackage + "." + gvk.kind(), false,
          KindClasses.class.getClassLoader());
      return isKind(candidate, gvk) ? Optional.of(candidate) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The {@code <Kind>List} class beside {@code kindClass}, as fabric8 names list types. */
  static Optional<Class<?>> listOf(Class<?> kindClass) {
    try {
      return Optional.of(Class.forName(kindClass.getName() + "List", false,
          kindClass.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Options and Scale types are not all {@code HasMetadata}; their annotations still tell. */
  private static boolean isKind(Class<?> candidate, GroupVersionKind gvk) {
    Group group = candidate.getAnnotation(Group.class);
    Version version = candidate.getAnnotation(Version.class);
    Kind kind = candidate.getAnnotation(Kind.class);
    return KubernetesResource.class.isAssignableFrom(candidate)
        && group != null && group.value().equals(gvk.group())
        && version != null && version.value().equals(gvk.version())
        && (kind == null ? candidate.getSimpleName() : kind.value()).equals(gvk.kind());
  }
}
