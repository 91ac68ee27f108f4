package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A list {@code continue} token in upstream's format: base64 of
 * {@code {"v":"meta.k8s.io/v1","rv":<revision>,"start":"<next key>"}}.
 *
 * @param revision the revision of the first page
 * @param startKey the store key to resume from (inclusive)
 */
record ContinueToken(long revision, String startKey) {

  String encode() {
    ObjectNode node = ObjectMappers.json().createObjectNode();
    node.put("v", "meta.k8s.io/v1");
    node.put("rv", revision);
    node.put("start", startKey);
    return Base64.getUrlEncoder().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The token, or null when {@code value} is empty; 400 when it is not a valid token. */
  static ContinueToken parse(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      byte[] raw = value.contains("+") || value.contains("/")
          ? Base64.getDecoder().decode(value) : Base64.getUrlDecoder().decode(value);
      JsonNode node = ObjectMappers.json().readTree(raw);
      if (!"meta.k8s.io/v1".equals(node.path("v").asText()) || !node.has("rv")) {
        throw StatusErrors.badRequest("continue key is not valid: incorrect encoded start "
            + "resourceVersion (version meta.k8s.io/v1)");
      }
      return new ContinueToken(node.get("rv").asLong(), node.path("start").asText(""));
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw StatusErrors.badRequest("continue key is not valid: " + e.getMessage());
    }
  }
}
