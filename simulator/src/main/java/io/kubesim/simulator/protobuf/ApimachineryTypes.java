package io.kubesim.simulator.protobuf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.kubesim.admission.ObjectMappers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * The apimachinery types whose JSON form is not their proto form: their Go types implement
 * {@code MarshalJSON} (Time, MicroTime, Duration, IntOrString, Quantity, RawExtension, FieldsV1)
 * or are named slices that proto wraps in a message (ExtraValue, Verbs).
 */
final class ApimachineryTypes {

  private static final String META = "k8s.io.apimachinery.pkg.apis.meta.v1.";
  private static final String TIME = META + "Time";
  private static final String MICRO_TIME = META + "MicroTime";
  private static final String DURATION = META + "Duration";
  private static final String FIELDS_V1 = META + "FieldsV1";
  private static final String INT_OR_STRING = "k8s.io.apimachinery.pkg.util.intstr.IntOrString";
  private static final String QUANTITY = "k8s.io.apimachinery.pkg.api.resource.Quantity";
  private static final String RAW_EXTENSION = "k8s.io.apimachinery.pkg.runtime.RawExtension";
  /** Named {@code []string} types, which go-to-protobuf wraps as {@code {repeated items}}. */
  private static final Set<String> STRING_LISTS = Set.of(META + "Verbs",
      "k8s.io.api.authentication.v1.ExtraValue", "k8s.io.api.authorization.v1.ExtraValue",
      "k8s.io.api.certificates.v1.ExtraValue");

  private static final Set<String> SPECIAL = Set.of(TIME, MICRO_TIME, DURATION, FIELDS_V1,
      INT_OR_STRING, QUANTITY, RAW_EXTENSION);

  private static final DateTimeFormatter RFC3339_MICRO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ApimachineryTypes() {}

  /** True when {@code type} has its own JSON form. */
  static boolean isSpecial(Descriptor type) {
    return SPECIAL.contains(type.getFullName()) || STRING_LISTS.contains(type.getFullName());
  }

  /**
   * The JSON of a message of a special type, or empty where Go writes {@code null} for a zero
   * value (a zero Time, a RawExtension without bytes), which a decoded body can leave out.
   */
  static Optional<JsonNode> toJson(Message message) {
    String type = message.getDescriptorForType().getFullName();
    if (STRING_LISTS.contains(type)) {
      ArrayNode items = JSON.arrayNode();
      FieldDescriptor field = field(message, "items");
      for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
        items.add((String) message.getRepeatedField(field, i));
      }
      return Optional.of(items);
    }
    return switch (type) {
      case TIME -> time(message, DateTimeFormatter.ISO_INSTANT, false);
      case MICRO_TIME -> time(message, RFC3339_MICRO, true);
      case DURATION -> Optional.of(JSON.textNode(GoDuration.format(longValue(message,
          "duration"))));
      case INT_OR_STRING -> Optional.of(longValue(message, "type") == 1
          ? JSON.textNode(stringValue(message, "strVal"))
          : ProtoJsonConverter.number(longValue(message, "intVal")));
      // A zero Quantity marshals as "0"; it is never sent bare, only as a set non-pointer field.
      case QUANTITY -> Optional.of(JSON.textNode(stringValue(message, "string").isEmpty()
          ? "0" : stringValue(message, "string")));
      case RAW_EXTENSION -> embedded((ByteString) message.getField(field(message, "raw")));
      case FIELDS_V1 -> embedded((ByteString) message.getField(field(message, "Raw")));
      default -> throw new IllegalArgumentException("not a special type: " + type);
    };
  }

  private static Optional<JsonNode> time(Message message, DateTimeFormatter format,
      boolean micro) {
    long seconds = longValue(message, "seconds");
    long nanos = longValue(message, "nanos");
    if (seconds == 0 && nanos == 0) {
      return Optional.empty();
    }
    // metav1.Time marshals with seconds precision; MicroTime keeps microseconds.
    Instant instant = Instant.ofEpochSecond(seconds, micro ? nanos / 1000 * 1000 : 0);
    return Optional.of(JSON.textNode(format.format(instant)));
  }

  /** Embedded JSON, or a nested Protobuf object as client-go writes RawExtensions it encodes. */
  private static Optional<JsonNode> embedded(ByteString raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = raw.toByteArray();
    if (ProtobufEnvelope.startsWithMagic(bytes)) {
      return Optional.of(ProtobufBodies.decodeEmbedded(bytes));
    }
    try {
      return Optional.of(ObjectMappers.json().readTree(bytes));
    } catch (java.io.IOException e) {
      throw new ProtobufDecodingException("cannot decode embedded object: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()),
          true);
    }
  }

  private static FieldDescriptor field(Message message, String name) {
    return message.getDescriptorForType().findFieldByName(name);
  }

  private static long longValue(Message message, String name) {
    return ((Number) message.getField(field(message, name))).longValue();
  }

  private static String stringValue(Message message, String name) {
    return (String) message.getField(field(message, name));
  }
}
