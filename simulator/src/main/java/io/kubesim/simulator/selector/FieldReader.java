package io.kubesim.simulator.selector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one selectable field's value from an object, as the string upstream's
 * {@code ToSelectableFields} puts into the kind's {@code fields.Set}.
 */
@FunctionalInterface
public interface FieldReader {

  /** The field's value in {@code object}; never null. */
  String read(ObjectNode object);

  /** A string at a JSON pointer, e.g. {@code /spec/nodeName}; {@code ""} when absent or null. */
  static FieldReader text(String pointer) {
    return object -> {
      JsonNode node = object.at(pointer);
      return node.isValueNode() && !node.isNull() ? node.asText() : "";
    };
  }

  /** A boolean rendered {@code true}/{@code false}; absent reads {@code false}, as Go's zero. */
  static FieldReader bool(String pointer) {
    return object -> {
      JsonNode node = object.at(pointer);
      return String.valueOf(node.isBoolean() && node.booleanValue());
    };
  }

  /** An integer rendered in decimal; absent reads {@code 0}, as Go's zero. */
  static FieldReader integer(String pointer) {
    return object -> {
      JsonNode node = object.at(pointer);
      return node.isIntegralNumber() ? String.valueOf(node.longValue()) : "0";
    };
  }

  /** The first of {@code readers} that yields a non-empty value, else {@code ""}. */
  static FieldReader firstNonEmpty(FieldReader... readers) {
    return object -> {
      for (FieldReader reader : readers) {
        String value = reader.read(object);
        if (!value.isEmpty()) {
          return value;
        }
      }
      return "";
    };
  }
}
