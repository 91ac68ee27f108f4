package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ResourceType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * A v1 Secret's {@code stringData} is write-only: upstream's conversion into the internal
 * version copies each entry into {@code data} (base64, overwriting a key present in both) and
 * drops the field, so it is never stored or returned. Applied to every decoded write.
 */
final class SecretStringData {

  private SecretStringData() {}

  /** Folds {@code stringData} into {@code data} when {@code object} is a core v1 Secret. */
  static void fold(ResourceType type, ObjectNode object) {
    if (!type.group().isEmpty() || !type.kind().equals("Secret")) {
      return;
    }
    JsonNode stringData = object.remove("stringData");
    if (stringData == null || !stringData.isObject() || stringData.isEmpty()) {
      return;
    }
    ObjectNode data = object.path("data").isObject() ? (ObjectNode) object.get("data")
        : object.putObject("data");
    for (Iterator<Map.Entry<String, JsonNode>> it = stringData.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      data.put(entry.getKey(), Base64.getEncoder().encodeToString(
          entry.getValue().asText("").getBytes(StandardCharsets.UTF_8)));
    }
  }
}
