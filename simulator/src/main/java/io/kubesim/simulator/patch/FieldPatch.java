package io.kubesim.simulator.patch;

/**
 * How strategic merge patch treats one field: upstream's {@code patchStrategy} and
 * {@code patchMergeKey} struct tags, plus the schema of the field's value (or list elements).
 *
 * @param strategy {@link Strategy#MERGE} merges lists (by {@code mergeKey} for lists of maps, as
 *     a set for scalars); {@link Strategy#REPLACE} replaces maps whole; {@link Strategy#DEFAULT}
 *     merges maps and replaces lists
 * @param retainKeys the {@code retainKeys} strategy: clients send {@code $retainKeys} for it
 * @param mergeKey the key identifying list elements, or empty
 * @param schema the schema of the value, or of each list element
 */
record FieldPatch(Strategy strategy, boolean retainKeys, String mergeKey, PatchSchema schema) {

  /** Upstream's strategies, without {@code retainKeys} (which only guides patch generation). */
  enum Strategy { DEFAULT, MERGE, REPLACE }

  /** A field without tags: maps merge, lists are replaced. */
  static final FieldPatch UNTAGGED = new FieldPatch(Strategy.DEFAULT, false, "", PatchSchema.EMPTY);

  FieldPatch {
    mergeKey = mergeKey == null ? "" : mergeKey;
  }

  /**
   * Parses a tag such as {@code merge,retainKeys}, the way upstream's
   * {@code extractRetainKeysPatchStrategy} does.
   */
  static FieldPatch parse(String tag, String mergeKey, PatchSchema schema) {
    boolean retainKeys = false;
    Strategy strategy = Strategy.DEFAULT;
    for (String part : tag == null || tag.isEmpty() ? new String[0] : tag.split(",")) {
      switch (part) {
        case "retainKeys" -> retainKeys = true;
        case "merge" -> strategy = Strategy.MERGE;
        case "replace" -> strategy = Strategy.REPLACE;
        default -> throw new IllegalArgumentException("unexpected patch strategy: " + tag);
      }
    }
    if (!mergeKey.isEmpty() && strategy != Strategy.MERGE) {
      throw new IllegalArgumentException("a merge key needs the merge strategy: " + tag);
    }
    return new FieldPatch(strategy, retainKeys, mergeKey, schema);
  }
}
