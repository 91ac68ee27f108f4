package io.kubesim.admission.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.DiffFlags;
import io.fabric8.zjsonpatch.JsonDiff;
import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * Tells what each mutating plugin of one pass changed in the request's object, as an RFC 6902
 * patch. It keeps the object as the previous plugin left it and copies it again only after a
 * plugin changed it, so a pass costs one copy plus one per mutation rather than one per plugin;
 * the patch itself is worked out from the two private copies only when someone reads it.
 */
final class MutationTracker {

  // add/remove/replace only: easier to read in a trace than move and copy
  private static final EnumSet<DiffFlags> FLAGS = DiffFlags.dontNormalizeOpIntoMoveAndCopy();

  private ObjectNode last;

  /** A tracker for a pass over {@code object}, which may be null (DELETE, CONNECT). */
  MutationTracker(ObjectNode object) {
    this.last = object == null ? null : object.deepCopy();
  }

  /**
   * What changed from the state last seen to {@code object}, as a patch worked out when asked
   * for, or {@code null} when nothing did; the current state becomes the one the next call
   * compares with.
   */
  Supplier<JsonNode> changesTo(ObjectNode object) {
    if (last == null || object == null || last.equals(object)) {
      return null;
    }
    ObjectNode before = last;
    ObjectNode after = object.deepCopy();
    last = after;
    return () -> JsonDiff.asJson(before, after, FLAGS);
  }
}
