package io.kubesim.simulator.api.openapi;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.simulator.api.ResourceType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the schema of each fabric8 model class as upstream names the Go type it mirrors, e.g.
 * {@code io.k8s.api.core.v1.Container}: {@code kubectl explain} prints the last segment as the
 * field type, and readers of the document recognise upstream's names. A class whose Go package
 * cannot be told keeps its Java name, which is just as valid a key.
 */
final class SchemaNames {

  private static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";

  /** fabric8 keeps apimachinery's meta/v1 types in its core package, beside the core/v1 types. */
  private static final Set<String> META_TYPES = Set.of(
      "Condition", "DeleteOptions", "FieldsV1", "LabelSelector", "LabelSelectorRequirement",
      "ListMeta", "ManagedFieldsEntry", "MicroTime", "ObjectMeta", "OwnerReference",
      "Preconditions", "Status", "StatusCause", "StatusDetails", "Time");

  private final Map<String, GroupVersionKind> packages = new HashMap<>();
  private final Map<Class<?>, String> names = new HashMap<>();
  private final Map<String, Class<?>> taken = new HashMap<>();

  /** Names for the classes reachable from {@code types}; their packages tell group-versions. */
  SchemaNames(List<ResourceType> types) {
    for (ResourceType type : types) {
      if (type.javaType() != null) {
        packages.putIfAbsent(type.javaType().getPackageName(), type.gvk());
        claim(type.javaType(), goPackage(type.group(), type.version()) + "." + type.kind());
      }
    }
  }

  /** The schema name of {@code type}, unique within the documents. */
  String of(Class<?> type) {
    String known = names.get(type);
    if (known != null) {
      return known;
    }
    return claim(type, upstreamName(type));
  }

  /** Upstream's Go package path for a group-version, dotted as in schema names. */
  static String goPackage(String group, String version) {
    return switch (group) {
      case "" -> "io.k8s.api.core." + version;
      case "apiextensions.k8s.io" -> "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions."
          + version;
      case "apiregistration.k8s.io" -> "io.k8s.kube-aggregator.pkg.apis.apiregistration."
          + version;
      case "internal.apiserver.k8s.io" -> "io.k8s.api.apiserverinternal." + version;
      default -> "io.k8s.api." + group.split("\\.")[0] + "." + version;
    };
  }

  private String upstreamName(Class<?> type) {
    if (type == IntOrString.class) {
      return "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    }
    if (type == Quantity.class) {
      return "io.k8s.apimachinery.pkg.api.resource.Quantity";
    }
    String simple = type.getSimpleName();
    if (type.getPackageName().equals(IntOrString.class.getPackageName())
        && META_TYPES.contains(simple)) {
      return META + simple;
    }
    GroupVersionKind groupVersion = packages.get(type.getPackageName());
    return groupVersion == null ? type.getName()
        : goPackage(groupVersion.group(), groupVersion.version()) + "." + simple;
  }

  private String claim(Class<?> type, String name) {
    Class<?> holder = taken.putIfAbsent(name, type);
    String unique = holder == null || holder == type ? name : type.getName();
    taken.putIfAbsent(unique, type);
    names.put(type, unique);
    return unique;
  }
}
