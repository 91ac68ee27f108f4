package io.kubesim.simulator.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.GroupVersionResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins a release's facts with the fabric8 model classes into the built-in types it serves. The
 * classes give kind, plural, singular and scope; the facts choose what is served and add the rest.
 * Facts that match no class fail the join, so a typo or a stale entry surfaces at start-up.
 */
final class BuiltInTypes {

  /**
   * One built-in type with what discovery and storage need beyond {@link ResourceType}.
   *
   * @param type the served type
   * @param subresources how each subresource is served, sorted by name
   * @param storageVersion what objects are persisted as; empty for types that are never stored
   */
  record BuiltInType(
      ResourceType type,
      List<Subresource> subresources,
      Optional<GroupVersionKind> storageVersion) {}

  private BuiltInTypes() {}

  /** The types {@code release} serves, grouped by group-version in its order, then by plural. */
  static List<BuiltInType> assemble(
      ReleaseFacts release, List<Class<? extends HasMetadata>> modelClasses) {
    Map<String, Integer> order = new HashMap<>();
    release.groupVersions().forEach(gv -> order.putIfAbsent(gv, order.size()));
    Set<String> unusedExclusions = new HashSet<>(release.notServed().keySet());
    Set<String> unusedFacts = new HashSet<>(release.resources().keySet());
    Map<GroupVersionResource, BuiltInType> types = new HashMap<>();

    for (Class<? extends HasMetadata> modelClass : modelClasses) {
      String apiVersion = HasMetadata.getApiVersion(modelClass);
      String exclusion = apiVersion + " " + HasMetadata.getKind(modelClass);
      if (!order.containsKey(apiVersion)) {
        continue;
      }
      if (release.notServed().containsKey(exclusion)) {
        unusedExclusions.remove(exclusion);
        continue;
      }
      GroupResource resource =
          new GroupResource(HasMetadata.getGroup(modelClass), HasMetadata.getPlural(modelClass));
      unusedFacts.remove(resource.toString());
      BuiltInType type = typeOf(modelClass, release.resource(resource));
      BuiltInType clash = types.putIfAbsent(type.type().gvr(), type);
      if (clash != null) {
        throw new IllegalStateException(
            "two model classes serve "
                + type.type().gvr()
                + ": "
                + clash.type().javaType().getName()
                + " and "
                + modelClass.getName());
      }
    }
    requireAllUsed(unusedExclusions, "notServed names a kind no served model class has");
    requireAllUsed(unusedFacts, "resources names a resource no served model class has");
    return ordered(types.values(), order);
  }

  private static BuiltInType typeOf(Class<? extends HasMetadata> modelClass, ResourceFacts facts) {
    ResourceType type =
        new ResourceType(
            HasMetadata.getGroup(modelClass),
            HasMetadata.getVersion(modelClass),
            HasMetadata.getKind(modelClass),
            HasMetadata.getPlural(modelClass),
            HasMetadata.getSingular(modelClass),
            Namespaced.class.isAssignableFrom(modelClass),
            facts.verbs().stream().sorted().toList(),
            facts.shortNames(),
            facts.categories(),
            facts.subresources().keySet(),
            modelClass);
    List<Subresource> subresources =
        facts.subresources().keySet().stream()
            .sorted()
            .map(name -> facts.subresource(name, type.gvk()))
            .toList();
    // Only etcd-backed types are watchable; reviews, bindings and componentstatuses are not.
    Optional<GroupVersionKind> storage =
        type.supports("watch") ? Optional.of(facts.storageVersion(type.gvk())) : Optional.empty();
    return new BuiltInType(type, subresources, storage);
  }

  private static List<BuiltInType> ordered(
      Collection<BuiltInType> types, Map<String, Integer> order) {
    List<BuiltInType> sorted = new ArrayList<>(types);
    sorted.sort(
        Comparator.comparing((BuiltInType t) -> order.get(t.type().apiVersion()))
            .thenComparing(t -> t.type().plural()));
    Set<String> empty = new HashSet<>(order.keySet());
    sorted.forEach(t -> empty.remove(t.type().apiVersion()));
    requireAllUsed(empty, "groupVersions lists a group-version with no served model class");
    return List.copyOf(sorted);
  }

  private static void requireAllUsed(Set<String> unused, String problem) {
    if (!unused.isEmpty()) {
      throw new IllegalStateException(problem + ": " + new TreeSet<>(unused));
    }
  }
}
