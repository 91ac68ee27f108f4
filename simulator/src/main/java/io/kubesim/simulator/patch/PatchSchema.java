package io.kubesim.simulator.patch;

import java.util.HashMap;
import java.util.Map;

/**
 * The strategic-merge-patch view of one object type: which of its fields carry a patch strategy.
 *
 * <p>Lookups of fields the schema does not list answer {@link FieldPatch#UNTAGGED}, which is how
 * upstream treats untagged struct fields and the values of Go maps.
 */
final class PatchSchema {

  /** A type without tagged fields, e.g. {@code data} of a ConfigMap or an unknown field. */
  static final PatchSchema EMPTY = new PatchSchema("untagged");

  private final String name;
  private final Map<String, FieldPatch> fields = new HashMap<>();

  PatchSchema(String name) {
    this.name = name;
  }

  /** The type name, e.g. {@code io.k8s.api.core.v1.PodSpec}. */
  String name() {
    return name;
  }

  /** The strategy of field {@code name}; never null. */
  FieldPatch field(String fieldName) {
    return fields.getOrDefault(fieldName, FieldPatch.UNTAGGED);
  }

  /** The strategy of field {@code name} when {@link #fields()} lists it, else null. */
  FieldPatch listedField(String fieldName) {
    return fields.get(fieldName);
  }

  /** The tagged fields and those leading to tagged fields, by name. */
  Map<String, FieldPatch> fields() {
    return Map.copyOf(fields);
  }

  /** Filled once by the loader, which may link types to each other before all are complete. */
  void define(String fieldName, FieldPatch patch) {
    fields.put(fieldName, patch);
  }

  @Override
  public String toString() {
    return name + fields.keySet();
  }
}
