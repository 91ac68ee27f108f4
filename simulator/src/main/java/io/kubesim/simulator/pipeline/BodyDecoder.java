package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Decodes a create or update body (JSON or YAML) into an object tree of the URL's type, with
 * upstream's checks and messages: unknown media type (415), unparsable body and mismatched
 * {@code apiVersion} or {@code kind} (400). A missing {@code apiVersion} or {@code kind} is
 * taken from the URL, as upstream's decoder does with its default kind.
 */
public final class BodyDecoder {

  /** The media types accepted for object bodies, in upstream's order. */
  public static final String ACCEPTED = "application/json, application/yaml";

  private BodyDecoder() {}

  /** Decodes {@code body} sent with {@code contentType} for {@code type}. */
  public static ObjectNode decode(ResourceType type, String contentType, byte[] body) {
    ObjectMapper mapper = mapperFor(contentType);
    JsonNode tree;
    try {
      tree = body.length == 0 ? null : mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw unrecognized(type, "couldn't get version/kind; json parse error: "
          + e.getOriginalMessage(), body);
    } catch (IOException e) {
      throw unrecognized(type, e.getMessage(), body);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw unrecognized(type, "Object 'Kind' is missing in '" + new String(body,
          StandardCharsets.UTF_8) + "'", body);
    }
    if (!(tree instanceof ObjectNode object)) {
      throw unrecognized(type, "couldn't get version/kind; json parse error: "
          + "json: cannot unmarshal " + jsonType(tree) + " into Go value of type struct "
          + "{ APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; "
          + "Kind string \"json:\\\"kind,omitempty\\\"\" }", body);
    }
    return withTypeMeta(type, object);
  }

  /** Defaults {@code apiVersion} and {@code kind} from the URL and rejects mismatches. */
  static ObjectNode withTypeMeta(ResourceType type, ObjectNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    String kind = object.path("kind").asText("");
    if (!apiVersion.isEmpty() && !apiVersion.equals(type.apiVersion())) {
      throw StatusErrors.badRequest("the API version in the data (" + apiVersion
          + ") does not match the expected API version (" + type.apiVersion() + ")");
    }
    if (!kind.isEmpty() && !kind.equals(type.kind())) {
      // Upstream fails the conversion into the URL's type and reports it this way.
      throw StatusErrors.badRequest(kind + " in version \"" + type.version()
          + "\" cannot be handled as a " + type.kind() + ": no kind \"" + kind
          + "\" is registered for version \"" + type.apiVersion() + "\"");
    }
    ObjectNode typed = ObjectMappers.json().createObjectNode();
    typed.put("apiVersion", type.apiVersion());
    typed.put("kind", type.kind());
    object.fields().forEachRemaining(f -> {
      if (!f.getKey().equals("apiVersion") && !f.getKey().equals("kind")) {
        typed.set(f.getKey(), f.getValue());
      }
    });
    return typed;
  }

  private static ObjectMapper mapperFor(String contentType) {
    String media = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return switch (media) {
      case "", "application/json" -> ObjectMappers.json();
      case "application/yaml" -> ObjectMappers.yaml();
      default -> throw StatusErrors.unsupportedMediaType(ACCEPTED);
    };
  }

  private static RuntimeException unrecognized(ResourceType type, String cause, byte[] body) {
    return StatusErrors.badRequest("the object provided is unrecognized (must be of type "
        + type.kind() + "): " + cause + " (" + summarize(body) + ")");
  }

  /** Upstream's {@code summarizeData(body, 30)}. */
  private static String summarize(byte[] data) {
    if (data.length == 0) {
      return "<empty>";
    }
    int n = Math.min(data.length, 30);
    String head = data[0] == '{'
        ? new String(data, 0, n, StandardCharsets.UTF_8)
        : HexFormat.of().formatHex(data, 0, n);
    return data.length > 30 ? head + " ..." : head;
  }

  private static String jsonType(JsonNode node) {
    if (node.isArray()) {
      return "array";
    }
    if (node.isTextual()) {
      return "string";
    }
    if (node.isNumber()) {
      return "number";
    }
    return node.isBoolean() ? "bool" : "value";
  }
}
