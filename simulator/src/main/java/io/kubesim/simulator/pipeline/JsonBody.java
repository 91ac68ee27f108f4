package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.store.StoredObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON body of an answer, in the form the pipeline has it: a tree it built, or the bytes it
 * read from the store, which then reach the client without being decoded and encoded again (most
 * of a GET's cost, and of a LIST's). Each form is made from the other only when asked for, e.g.
 * when kubectl wants a Table.
 *
 * <p>Stored bytes are what encoding their decoded tree gives, so either way the client receives
 * the same bytes.
 */
public sealed interface JsonBody {

  /** The body as a tree; for stored bytes, a fresh decoding the caller owns. */
  ObjectNode tree();

  /** The body as JSON bytes, equal to the encoding of {@link #tree()}. */
  byte[] bytes();

  /** A body the pipeline built as a tree. */
  static JsonBody of(ObjectNode tree) {
    return new Tree(tree);
  }

  /**
   * An object as the store wrote or read it: its tree, and its stored JSON when the store had it
   * at hand, which is then passed on instead of encoding the tree again.
   */
  static JsonBody written(StoredObject object) {
    return object.json() == null ? new Tree(object.object())
        : new Written(object.object(), object.json());
  }

  /** A stored object's JSON, passed on as it is. */
  static JsonBody stored(byte[] json) {
    return new Stored(json);
  }

  /**
   * A list: {@code envelope} (kind, apiVersion, metadata) followed by an {@code items} array of
   * stored objects' JSON.
   */
  static JsonBody list(ObjectNode envelope, List<byte[]> items) {
    return new StoredList(envelope, items);
  }

  /** A tree, encoded on demand. */
  record Tree(ObjectNode tree) implements JsonBody {
    @Override
    public byte[] bytes() {
      return encode(tree);
    }
  }

  /** A tree together with the stored JSON it encodes to (shared: never changed here). */
  record Written(ObjectNode tree, byte[] bytes) implements JsonBody {}

  /** Stored JSON (shared with the store: never changed here), decoded on demand. */
  record Stored(byte[] json) implements JsonBody {
    @Override
    public ObjectNode tree() {
      return decode(json);
    }

    @Override
    public byte[] bytes() {
      return json;
    }
  }

  /**
   * A list whose items stay stored JSON: the envelope is encoded with an empty {@code items},
   * which it ends with, and the items are spliced in between its brackets.
   */
  record StoredList(ObjectNode envelope, List<byte[]> items) implements JsonBody {
    @Override
    public ObjectNode tree() {
      ObjectNode list = envelope.deepCopy();
      ArrayNode array = list.putArray("items");
      items.forEach(item -> array.add(decode(item)));
      return list;
    }

    @Override
    public byte[] bytes() {
      ObjectNode empty = envelope.deepCopy();
      empty.putArray("items");
      byte[] head = encode(empty); // ends with "[]}"
      int size = head.length + Math.max(0, items.size() - 1);
      for (byte[] item : items) {
        size += item.length;
      }
      byte[] out = new byte[size];
      int at = head.length - 2;
      System.arraycopy(head, 0, out, 0, at);
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out[at++] = ',';
        }
        byte[] item = items.get(i);
        System.arraycopy(item, 0, out, at, item.length);
        at += item.length;
      }
      out[at++] = ']';
      out[at] = '}';
      return out;
    }
  }

  private static byte[] encode(ObjectNode tree) {
    try {
      return ObjectMappers.json().writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unserializable response", e);
    }
  }

  private static ObjectNode decode(byte[] json) {
    try {
      return (ObjectNode) ObjectMappers.json().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored object is not valid JSON", e);
    }
  }
}
