package io.kubesim.simulator.api.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import java.util.Comparator;
import java.util.List;

/**
 * What both discovery forms share: which types a group-version serves, in the order upstream lists
 * them, and how lists of names are written.
 */
final class Served {

  private Served() {}

  /** The types served at {@code group/version}, sorted by resource name as upstream lists them. */
  static List<ResourceType> in(ResourceRegistry registry, String group, String version) {
    return registry.all().stream()
        .filter(type -> type.group().equals(group) && type.version().equals(version))
        .sorted(Comparator.comparing(ResourceType::plural))
        .toList();
  }

  /** True when {@code kind} lives in the parent's own group-version. */
  static boolean sameGroupVersion(GroupVersionKind kind, ResourceType parent) {
    return kind.group().equals(parent.group()) && kind.version().equals(parent.version());
  }

  static void strings(ObjectNode into, String field, List<String> values) {
    ArrayNode array = into.putArray(field);
    values.forEach(array::add);
  }

  /** Writes {@code values} unless empty: upstream omits empty short names and categories. */
  static void optionalStrings(ObjectNode into, String field, List<String> values) {
    if (!values.isEmpty()) {
      strings(into, field, values);
    }
  }
}
