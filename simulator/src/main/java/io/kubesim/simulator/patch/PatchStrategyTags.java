package io.kubesim.simulator.patch;

import java.util.Map;
import java.util.TreeMap;

/**
 * A read-only view of the built-in patch strategies for one object type, as OpenAPI publishes
 * them ({@code x-kubernetes-patch-strategy}, {@code x-kubernetes-patch-merge-key}): the same data
 * strategic merge patch uses, so the two can never disagree.
 */
public final class PatchStrategyTags {

  private final PatchSchema schema;

  private PatchStrategyTags(PatchSchema schema) {
    this.schema = schema;
  }

  /** The tags of the built-in kind {@code apiVersion}/{@code kind}; metadata only if none. */
  public static PatchStrategyTags builtIn(String apiVersion, String kind) {
    return new PatchStrategyTags(PatchStrategyCatalog.builtIn().schemaFor(apiVersion, kind));
  }

  /**
   * The fields that carry a tag or lead to a tagged field, sorted by name. Fields not listed have
   * no tags anywhere below them.
   */
  public Map<String, Field> fields() {
    Map<String, Field> fields = new TreeMap<>();
    schema.fields().forEach((name, patch) -> fields.put(name, field(patch)));
    return fields;
  }

  /** The tags of field {@code name}, or null when {@link #fields()} does not list it. */
  public Field field(String name) {
    FieldPatch patch = schema.listedField(name);
    return patch == null ? null : field(patch);
  }

  private static Field field(FieldPatch patch) {
    return new Field(strategyTag(patch), patch.mergeKey(), new PatchStrategyTags(patch.schema()));
  }

  /** Upstream's tag text, strategy before {@code retainKeys} as in {@code merge,retainKeys}. */
  private static String strategyTag(FieldPatch patch) {
    String strategy = switch (patch.strategy()) {
      case MERGE -> "merge";
      case REPLACE -> "replace";
      case DEFAULT -> "";
    };
    if (!patch.retainKeys()) {
      return strategy;
    }
    return strategy.isEmpty() ? "retainKeys" : strategy + ",retainKeys";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PatchStrategyTags tags && tags.schema == schema;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(schema);
  }

  @Override
  public String toString() {
    return schema.toString();
  }

  /**
   * The tags of one field.
   *
   * @param strategy e.g. {@code merge}, {@code merge,retainKeys}; empty when untagged
   * @param mergeKey the list element key, e.g. {@code name}; empty when none
   * @param value the tags inside the field's value, or inside each list element
   */
  public record Field(String strategy, String mergeKey, PatchStrategyTags value) {}
}
