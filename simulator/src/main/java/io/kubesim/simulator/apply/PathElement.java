package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.GoQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of a field path: a field of an object ({@code f:}), an element of a keyed list
 * ({@code k:}) or an element of a set list ({@code v:}). Elements order as upstream's
 * structured-merge-diff orders them: field names first, then keys, then values.
 */
public sealed interface PathElement extends Comparable<PathElement> {

  /** The key of this element inside {@code fieldsV1}, e.g. {@code f:data}. */
  String fieldsV1Key();

  /** This element in a conflict path, e.g. {@code .data} or {@code [name="c"]}. */
  String render();

  /** A named field of an object or map. */
  record Field(String name) implements PathElement {
    @Override
    public String fieldsV1Key() {
      return "f:" + name;
    }

    @Override
    public String render() {
      return "." + name;
    }
  }

  /**
   * An element of an associative list, named by its key fields.
   *
   * @param keys the key fields and their values, sorted by field name; never changed
   * @param fieldsV1Key {@code k:} and the keys as JSON, computed once: ownership trees compare
   *     elements by it over and over
   */
  record Key(ObjectNode keys, String fieldsV1Key) implements PathElement {
    /** The element with these key fields and values (in this order). */
    public Key(ObjectNode keys) {
      this(keys, "k:" + keys);
    }

    /** The element with these key fields and values. */
    public static Key of(Map<String, JsonNode> keyValues) {
      Map<String, JsonNode> sorted = new TreeMap<>(keyValues);
      ObjectNode keys = ObjectMappers.json().createObjectNode();
      sorted.forEach(keys::set);
      return new Key(keys);
    }

    @Override
    public String render() {
      StringBuilder b = new StringBuilder("[");
      for (Iterator<Map.Entry<String, JsonNode>> it = keys.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        b.append(e.getKey()).append('=').append(renderValue(e.getValue()));
        b.append(it.hasNext() ? "," : "");
      }
      return b.append(']').toString();
    }
  }

  /**
   * An element of a set list, named by its value.
   *
   * @param value the value; never changed
   * @param fieldsV1Key {@code v:} and the value as JSON, computed once
   */
  record Value(JsonNode value, String fieldsV1Key) implements PathElement {
    /** The element with this value. */
    public Value(JsonNode value) {
      this(value, "v:" + value);
    }

    @Override
    public String render() {
      return "[=" + renderValue(value) + "]";
    }
  }

  /** Parses a {@code fieldsV1} key; anything else is an {@link IllegalArgumentException}. */
  static PathElement parse(String key) {
    if (key.length() < 2 || key.charAt(1) != ':') {
      throw new IllegalArgumentException("unknown fieldsV1 key: " + key);
    }
    String rest = key.substring(2);
    return switch (key.charAt(0)) {
      case 'f' -> new Field(rest);
      case 'k' -> new Key((ObjectNode) readJson(rest));
      case 'v' -> new Value(readJson(rest));
      default -> throw new IllegalArgumentException("unknown fieldsV1 key: " + key);
    };
  }

  /** Field names, then keys, then values; within a kind by name or by JSON text. */
  @Override
  default int compareTo(PathElement other) {
    int byKind = Integer.compare(rank(this), rank(other));
    if (byKind != 0) {
      return byKind;
    }
    // the common case, and the one ownership trees compare most: no text to build
    if (this instanceof Field a && other instanceof Field b) {
      return a.name().compareTo(b.name());
    }
    return fieldsV1Key().compareTo(other.fieldsV1Key());
  }

  private static int rank(PathElement element) {
    return element instanceof Field ? 0 : element instanceof Key ? 1 : 2;
  }

  /** Upstream's {@code value.ToString}: strings Go-quoted, everything else as JSON. */
  private static String renderValue(JsonNode value) {
    return value != null && value.isTextual() ? GoQuote.quote(value.asText()) : String.valueOf(value);
  }

  private static JsonNode readJson(String text) {
    try {
      return ObjectMappers.json().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
