package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Converts stored objects between JSON bytes and Jackson trees and stamps their revision.
 *
 * <p>The store keeps bytes rather than trees: a small pod is about a kilobyte as JSON but several
 * times that as a tree, and the store must hold 100,000 of them in a 1 GiB heap.
 */
final class StoreJson {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private StoreJson() {}

  static byte[] encode(ObjectNode object) {
    try {
      return MAPPER.writeValueAsBytes(object);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a stored object", e);
    }
  }

  static ObjectNode decode(byte[] json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored object is not valid JSON", e);
    }
  }

  /** Sets {@code metadata.resourceVersion} to the revision, creating {@code metadata} if needed. */
  static void stampRevision(ObjectNode object, long revision) {
    stampRevision(object, Long.toString(revision));
  }

  /** Sets {@code metadata.resourceVersion} to {@code text}, creating {@code metadata} if needed. */
  static void stampRevision(ObjectNode object, String text) {
    JsonNode metadata = object.get("metadata");
    ObjectNode target =
        metadata instanceof ObjectNode existing ? existing : object.putObject("metadata");
    target.put("resourceVersion", text);
  }

  /** The revision stamped into a stored object. */
  static long revisionOf(ObjectNode object) {
    return Long.parseLong(object.path("metadata").path("resourceVersion").asText());
  }

  /** Decodes a stored value into the object and its revision. */
  static StoredObject stored(String key, byte[] json) {
    ObjectNode object = decode(json);
    return new StoredObject(key, object, revisionOf(object), json);
  }
}
