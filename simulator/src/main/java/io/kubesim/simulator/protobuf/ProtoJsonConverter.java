package io.kubesim.simulator.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a generated Kubernetes message as the JSON object Go's encoder would have written for
 * the same Go object, so a Protobuf body joins the request path as if it had been JSON.
 *
 * <p>The rules: a field absent on the wire is absent in JSON; a zero scalar ({@code ""},
 * {@code 0}, {@code false}, empty bytes) is dropped as {@code omitempty} drops it, unless
 * {@link FieldShapes#keepsZero} says the zero matters; empty lists and maps are dropped; a
 * present nested message is always written, even as {@code {}}, as Go writes structs; map
 * values are always written and map keys sorted; bytes are base64; the apimachinery types take
 * their own JSON form ({@link ApimachineryTypes}); embedded structs are flattened.
 */
public final class ProtoJsonConverter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ProtoJsonConverter() {}

  /** The JSON object of {@code message}. */
  public static ObjectNode toJson(Message message) {
    ObjectNode out = JSON.objectNode();
    writeFields(message, out);
    return out;
  }

  private static void writeFields(Message message, ObjectNode out) {
    Descriptor descriptor = message.getDescriptorForType();
    for (FieldDescriptor field : descriptor.getFields()) {
      String qualified = descriptor.getFullName() + "." + field.getName();
      String name = FieldShapes.jsonName(qualified, field.getName());
      if (field.isMapField()) {
        if (message.getRepeatedFieldCount(field) > 0) {
          out.set(name, map(message, field));
        }
      } else if (field.isRepeated()) {
        if (message.getRepeatedFieldCount(field) > 0) {
          out.set(name, list(message, field));
        }
      } else if (message.hasField(field)) {
        Object value = message.getField(field);
        if (value instanceof Message nested && FieldShapes.isInline(qualified)) {
          writeFields(nested, out);
        } else if (value instanceof Message nested) {
          JsonNode json = messageValue(nested);
          if (json != null) {
            out.set(name, json);
          }
        } else if (!isZero(value) || FieldShapes.keepsZero(qualified)) {
          out.set(name, scalar(value));
        }
      }
    }
  }

  private static ObjectNode map(Message message, FieldDescriptor field) {
    FieldDescriptor key = field.getMessageType().findFieldByNumber(1);
    FieldDescriptor value = field.getMessageType().findFieldByNumber(2);
    Map<String, JsonNode> sorted = new TreeMap<>();
    for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
      Message entry = (Message) message.getRepeatedField(field, i);
      Object v = entry.getField(value);
      sorted.put(String.valueOf(entry.getField(key)),
          v instanceof Message nested ? orNull(messageValue(nested)) : scalar(v));
    }
    ObjectNode out = JSON.objectNode();
    sorted.forEach(out::set);
    return out;
  }

  private static ArrayNode list(Message message, FieldDescriptor field) {
    ArrayNode out = JSON.arrayNode();
    for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
      Object v = message.getRepeatedField(field, i);
      out.add(v instanceof Message nested ? orNull(messageValue(nested)) : scalar(v));
    }
    return out;
  }

  /** The JSON of a nested message, or null where Go would write {@code null}. */
  private static JsonNode messageValue(Message message) {
    if (ApimachineryTypes.isSpecial(message.getDescriptorForType())) {
      return ApimachineryTypes.toJson(message).orElse(null);
    }
    return toJson(message);
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null ? JSON.nullNode() : node;
  }

  private static JsonNode scalar(Object value) {
    if (value instanceof String s) {
      return JSON.textNode(s);
    }
    if (value instanceof ByteString bytes) {
      return JSON.textNode(Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }
    if (value instanceof Boolean b) {
      return JSON.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return JSON.numberNode(i);
    }
    if (value instanceof Long l) {
      return number(l);
    }
    if (value instanceof Double d) {
      return JSON.numberNode(d);
    }
    if (value instanceof Float f) {
      return JSON.numberNode(f);
    }
    if (value instanceof EnumValueDescriptor e) {
      return JSON.textNode(e.getName());
    }
    throw new IllegalArgumentException("unexpected proto value " + value.getClass());
  }

  /** A number node of the type Jackson's parser gives the same JSON text, so trees compare. */
  static JsonNode number(long value) {
    return value == (int) value ? JSON.numberNode((int) value) : JSON.numberNode(value);
  }

  private static boolean isZero(Object value) {
    if (value instanceof String s) {
      return s.isEmpty();
    }
    if (value instanceof ByteString bytes) {
      return bytes.isEmpty();
    }
    if (value instanceof Boolean b) {
      return !b;
    }
    return value instanceof Number n && n.doubleValue() == 0;
  }
}
