package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.util.List;

/**
 * The part of an object a write's field ownership covers. Type and identity fields are never
 * owned (upstream's stripped metadata); a write to a type with a status subresource covers all
 * but {@code status}, and a write through {@code /status} covers only {@code status}.
 *
 * @param schema how the object's lists are identified
 * @param statusSubresource true when the type has a status subresource
 * @param subresource the subresource written, or empty
 */
public record OwnershipScope(ApplySchema schema, boolean statusSubresource, String subresource) {

  private static final List<String> UNOWNED_METADATA = List.of("name", "namespace",
      "creationTimestamp", "selfLink", "uid", "clusterName", "generation", "managedFields",
      "resourceVersion");

  /**
   * The owned part of {@code before}, as the starting point of a comparison with {@code after}.
   * A typed object always has its top-level structs (upstream converts Go structs, where
   * {@code spec} and {@code status} are never absent), so they never count as added.
   */
  public ObjectNode baseline(JsonNode before, JsonNode after) {
    ObjectNode view = view(before);
    if (schema.typed() && after != null) {
      for (String struct : TOP_LEVEL_STRUCTS) {
        if (covers(struct) && after.path(struct).isObject() && !view.has(struct)) {
          view.putObject(struct);
        }
      }
    }
    return view;
  }

  /** True when {@link #view} keeps the top-level field {@code name} (of an object). */
  private boolean covers(String name) {
    if (subresource.equals("status")) {
      return name.equals("status") || name.equals("metadata");
    }
    return !(statusSubresource && name.equals("status"));
  }

  private static final List<String> TOP_LEVEL_STRUCTS = List.of("metadata", "spec", "status");

  /** The owned part of {@code object}, a copy. */
  public ObjectNode view(JsonNode object) {
    ObjectNode copy = object == null || !object.isObject()
        ? ObjectMappers.json().createObjectNode() : ((ObjectNode) object).deepCopy();
    copy.remove(List.of("apiVersion", "kind"));
    if (copy.get("metadata") instanceof ObjectNode meta) {
      meta.remove(UNOWNED_METADATA);
    }
    if (subresource.equals("status")) {
      copy.retain("status", "metadata");
    } else if (statusSubresource) {
      copy.remove("status");
    }
    return copy;
  }
}
