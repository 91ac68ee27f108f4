package io.kubesim.simulator.api.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A discovery document with the entity tag the server sends for it. The tag is a hash of the
 * document's JSON, so equal documents always carry equal tags and clients can revalidate their
 * cache with {@code If-None-Match}.
 *
 * @param body the document
 * @param etag the {@code ETag} header value, quoted as HTTP requires, e.g. {@code "9F0A..."}
 */
public record ETaggedDocument(ObjectNode body, String etag) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Tags {@code body} with the upper-case hex SHA-512 of its compact JSON, as upstream does. */
  public static ETaggedDocument of(ObjectNode body) {
    try {
      byte[] json = JSON.writeValueAsBytes(body);
      byte[] digest = MessageDigest.getInstance("SHA-512").digest(json);
      return new ETaggedDocument(
          body, '"' + HexFormat.of().withUpperCase().formatHex(digest) + '"');
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash a discovery document", e);
    }
  }

  /** True when an {@code If-None-Match} header value names this document, so 304 applies. */
  public boolean matches(String ifNoneMatch) {
    return etag.equals(ifNoneMatch);
  }
}
