package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kubesim.simulator.patch.PatchStrategyTags;
import java.util.List;

/**
 * What field ownership needs to know about one node of an object type: how its lists are
 * identified. Built-in kinds take this from the same patch strategies strategic merge patch uses
 * (a merge key makes a keyed list, {@code merge} without a key a set, anything else is atomic);
 * custom resources have atomic lists and granular objects.
 */
public final class ApplySchema {

  private static final ApplySchema UNTYPED = new ApplySchema(null, "", "");

  private final PatchStrategyTags tags;
  private final String strategy;
  private final String mergeKey;

  private ApplySchema(PatchStrategyTags tags, String strategy, String mergeKey) {
    this.tags = tags;
    this.strategy = strategy;
    this.mergeKey = mergeKey;
  }

  /** The schema of the built-in kind {@code apiVersion}/{@code kind}. */
  public static ApplySchema builtIn(String apiVersion, String kind) {
    return new ApplySchema(PatchStrategyTags.builtIn(apiVersion, kind), "", "");
  }

  /** A schema with atomic lists everywhere (custom resources). */
  public static ApplySchema untyped() {
    return UNTYPED;
  }

  /** True for built-in kinds, whose objects upstream handles as typed Go structs. */
  public boolean typed() {
    return tags != null;
  }

  /** The schema of field {@code name} of this object. */
  public ApplySchema field(String name) {
    if (tags == null) {
      return UNTYPED;
    }
    PatchStrategyTags.Field field = tags.field(name);
    return field == null ? UNTYPED
        : new ApplySchema(field.value(), field.strategy(), field.mergeKey());
  }

  /** The schema of each element when this node is a list. */
  public ApplySchema element() {
    return tags == null ? UNTYPED : new ApplySchema(tags, "", "");
  }

  /** How this node is owned when it is a list. */
  public ListType listType() {
    if (!mergeKey.isEmpty()) {
      return ListType.MAP;
    }
    return strategy.startsWith("merge") ? ListType.SET : ListType.ATOMIC;
  }

  /**
   * The key fields of a {@link ListType#MAP} list. Port lists are keyed by port and protocol
   * for apply ({@code +listMapKey}), while strategic merge patch knows only the port.
   */
  public List<String> keys() {
    return switch (mergeKey) {
      case "" -> List.of();
      case "containerPort", "port" -> List.of(mergeKey, "protocol");
      default -> List.of(mergeKey);
    };
  }

  /** The value a missing key field defaults to, or null: {@code protocol} is TCP. */
  public JsonNode keyDefault(String field) {
    return field.equals("protocol") ? TCP : null;
  }

  private static final JsonNode TCP = TextNode.valueOf("TCP");
}
