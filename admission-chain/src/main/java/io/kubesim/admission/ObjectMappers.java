package io.kubesim.admission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shared Jackson mappers, and typed views of JSON objects through the fabric8 model classes.
 *
 * <p>Plugins receive objects as JSON trees; a plugin that prefers types reads with
 * {@link #toTyped} (e.g. into {@code io.fabric8.kubernetes.api.model.Pod}) and writes its changes
 * back into the request's tree with {@link #replaceContents}. The mappers are thread-safe.
 */
public final class ObjectMappers {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ObjectMappers() {}

  /** The JSON mapper every module shares. */
  public static ObjectMapper json() {
    return JSON;
  }

  /** The YAML mapper, which also reads JSON (configuration files may be either). */
  public static ObjectMapper yaml() {
    return YAML;
  }

  /**
   * Reads a JSON tree as {@code type}.
   *
   * @throws IllegalArgumentException when the tree does not fit the type
   */
  public static <T> T toTyped(JsonNode node, Class<T> type) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  /** Writes a typed value (a fabric8 model object, a record, a map) as a JSON object. */
  public static ObjectNode toTree(Object value) {
    JsonNode tree = JSON.valueToTree(value);
    if (!(tree instanceof ObjectNode object)) {
      throw new IllegalArgumentException("not a JSON object: " + value.getClass().getName());
    }
    return object;
  }

  /** Replaces the fields of {@code target} in place with those of {@code value}. */
  public static void replaceContents(ObjectNode target, Object value) {
    ObjectNode replacement = toTree(value);
    target.removeAll();
    target.setAll(replacement);
  }
}
