package io.kubesim.simulator.patch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes PATCH bodies with the acceptance rules and error texts of upstream's decoder
 * ({@code sigs.k8s.io/json}, a fork of Go's {@code encoding/json}).
 *
 * <p>Syntax errors come first, then the first value whose JSON kind does not fit the Go type the
 * body is decoded into, e.g. {@code json: cannot unmarshal array into Go value of type
 * map[string]interface {}}. Field names match case-sensitively, as in upstream's strict decoder.
 */
final class GoJsonDecoder {

  /** The Go types upstream decodes a PATCH body into. */
  enum Target {
    /** {@code []handlers.jsonPatchOp}: a JSON patch is first decoded into this. */
    JSON_PATCH_OPERATIONS,
    /** {@code map[string]interface {}}: merge and strategic merge patches. */
    OBJECT
  }

  /** The body does not decode; the message is Go's. */
  static final class DecodeException extends Exception {
    DecodeException(String goMessage) {
      super(goMessage, null, false, false);
    }
  }

  // Go accepts nesting up to 10000 levels and numbers of any length; Jackson must not be stricter.
  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(10_001).maxNumberLength(Integer.MAX_VALUE).build())
      .build());

  private static final Set<String> OPERATION_STRING_FIELDS = Set.of("op", "path", "from");

  private GoJsonDecoder() {}

  /** Decodes {@code body} as upstream would into {@code target}; JSON {@code null} is allowed. */
  static JsonNode decode(byte[] body, Target target) throws DecodeException {
    Optional<String> syntaxError = GoJsonSyntax.check(body);
    if (syntaxError.isPresent()) {
      throw new DecodeException(syntaxError.get());
    }
    JsonNode node = parse(body);
    Optional<String> typeError = target == Target.OBJECT
        ? mismatch(node, "map[string]interface {}", "object")
        : operationsMismatch(node);
    if (typeError.isPresent()) {
      throw new DecodeException(typeError.get());
    }
    return node;
  }

  private static JsonNode parse(byte[] body) throws DecodeException {
    try {
      return MAPPER.readTree(body);
    } catch (IOException invalidUtf8) {
      // Go replaces invalid UTF-8 with U+FFFD instead of failing; so does String's decoder
      try {
        return MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new DecodeException(e.getMessage());
      }
    }
  }

  private static Optional<String> operationsMismatch(JsonNode node) {
    Optional<String> top = mismatch(node, "[]handlers.jsonPatchOp", "array");
    if (top.isPresent() || node.isNull()) {
      return top;
    }
    for (JsonNode operation : node) {
      Optional<String> element = mismatch(operation, "handlers.jsonPatchOp", "object");
      if (element.isPresent()) {
        return element;
      }
      for (Map.Entry<String, JsonNode> field : operation.properties()) {
        JsonNode value = field.getValue();
        if (OPERATION_STRING_FIELDS.contains(field.getKey()) && !value.isTextual()
            && !value.isNull()) {
          return Optional.of("json: cannot unmarshal " + kind(value)
              + " into Go struct field jsonPatchOp." + field.getKey() + " of type string");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> mismatch(JsonNode node, String goType, String expectedKind) {
    if (node.isNull() || kind(node).equals(expectedKind)) {
      return Optional.empty();
    }
    return Optional.of("json: cannot unmarshal " + kind(node) + " into Go value of type " + goType);
  }

  /** The word Go's {@code UnmarshalTypeError} uses for a JSON value. */
  static String kind(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isTextual()) {
      return "string";
    }
    return node.isBoolean() ? "bool" : "number";
  }
}
