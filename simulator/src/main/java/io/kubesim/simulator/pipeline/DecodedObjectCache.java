package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.store.EncodedObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decoded trees of stored objects, reused for as long as the stored JSON they came from is what
 * the store still holds: the objects admission looks up on every pod create (its namespace and
 * service account, the PriorityClasses, the LimitRanges) change rarely, and copying a tree costs
 * a fraction of decoding it.
 *
 * <p>An entry is valid exactly when its bytes equal the stored bytes just read (an identity check
 * for a heap store, which hands out the same array until the next write), so the cache needs no
 * invalidation and can never serve a stale object. It holds at most {@value #CAPACITY} entries
 * and starts over when full. Callers get copies: the cached trees are never handed out, so no
 * caller can change what the next one sees.
 */
final class DecodedObjectCache {

  static final int CAPACITY = 4096;

  private record Entry(byte[] json, ObjectNode tree) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** A tree of {@code object} that the caller owns. */
  ObjectNode decode(EncodedObject object) {
    Entry entry = entries.get(object.key());
    if (entry == null || !Arrays.equals(entry.json(), object.json())) {
      if (entries.size() >= CAPACITY) {
        entries.clear();
      }
      entry = new Entry(object.json(), parse(object.json()));
      entries.put(object.key(), entry);
    }
    return entry.tree().deepCopy();
  }

  /** How many objects are cached (for tests). */
  int size() {
    return entries.size();
  }

  private static ObjectNode parse(byte[] json) {
    try {
      return (ObjectNode) ObjectMappers.json().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored object is not valid JSON", e);
    }
  }
}
