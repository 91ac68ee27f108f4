package io.kubesim.simulator.api.openapi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One served OpenAPI document, already serialized, with the hash clients see as {@code ?hash=}
 * in the index and as the {@code ETag}. Equal bytes always carry equal hashes, so a client's
 * cached copy stays valid for as long as the document does.
 *
 * @param body the document as served (compact JSON, or protobuf for v2); callers must not
 *     modify it
 * @param hash the upper-case hex SHA-512 of {@code body}, as upstream's kube-openapi computes it
 */
public record OpenApiDocument(byte[] body, String hash) {

  /** Serialized {@code body} with its hash. */
  public static OpenApiDocument of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-512").digest(body);
      return new OpenApiDocument(body, HexFormat.of().withUpperCase().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-512 is missing from this JVM", e);
    }
  }

  /** The {@code ETag} header value: the hash, quoted as HTTP requires. */
  public String etag() {
    return '"' + hash + '"';
  }

  /**
   * True when an {@code If-None-Match} header value names this document, so 304 applies: one of
   * its comma-separated tags equals ours (weakly, as for GET), or it is {@code *}.
   */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String trimmed = tag.trim();
      if (trimmed.equals("*") || trimmed.replaceFirst("^W/", "").equals(etag())) {
        return true;
      }
    }
    return false;
  }
}
