package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Builds the service-account token a TokenRequest answers with: a JWT with the claims
 * kube-apiserver puts in one ({@code iss}, {@code sub}, {@code aud}, {@code exp}, {@code iat},
 * {@code nbf}, {@code jti} and the {@code kubernetes.io} service-account claim), left unsigned
 * ({@code alg: none}) because nothing in the simulator verifies tokens.
 */
final class ServiceAccountToken {

  private ServiceAccountToken() {}

  static String issue(JsonNode serviceAccount, List<String> audiences, Instant now,
      long expirationSeconds, String id) {
    JsonNode meta = serviceAccount.path("metadata");
    String namespace = meta.path("namespace").asText();
    String name = meta.path("name").asText();
    ObjectNode claims = ObjectMappers.json().createObjectNode();
    audiences.forEach(claims.putArray("aud")::add);
    claims.put("exp", now.getEpochSecond() + expirationSeconds);
    claims.put("iat", now.getEpochSecond());
    claims.put("iss", TokenRequestOperation.ISSUER);
    claims.put("jti", id);
    ObjectNode kubernetes = claims.putObject("kubernetes.io");
    kubernetes.put("namespace", namespace);
    ObjectNode account = kubernetes.putObject("serviceaccount");
    account.put("name", name);
    account.put("uid", meta.path("uid").asText());
    claims.put("nbf", now.getEpochSecond());
    claims.put("sub", "system:serviceaccount:" + namespace + ":" + name);
    ObjectNode header = ObjectMappers.json().createObjectNode();
    header.put("alg", "none");
    header.put("typ", "JWT");
    return encode(header) + "." + encode(claims) + ".";
  }

  private static String encode(JsonNode json) {
    try {
      byte[] bytes = ObjectMappers.json().writeValueAsString(json)
          .getBytes(StandardCharsets.UTF_8);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
