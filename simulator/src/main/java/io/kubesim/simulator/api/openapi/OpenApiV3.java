package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ServerVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI v3 documents of a registry, as kube-apiserver serves them under {@code
 * /openapi/v3}: an index of group-version paths with each document's hash, and one document per
 * group-version. They are generated once, on first use (which takes a while: call it off the
 * event loop), and then served from memory.
 */
public final class OpenApiV3 {

  private final ResourceRegistry registry;
  private final ServerVersion version;
  private volatile Generated generated;

  private OpenApiV3(ResourceRegistry registry, ServerVersion version) {
    this.registry = registry;
    this.version = version;
  }

  /**
   * Documents for {@code registry}, reporting {@code version} as {@code info.version}. Nothing is
   * generated yet.
   */
  public static OpenApiV3 create(ResourceRegistry registry, ServerVersion version) {
    return new OpenApiV3(registry, version);
  }

  /** {@code GET /openapi/v3}: {@code {"paths":{"api/v1":{"serverRelativeURL":...}}}}. */
  public OpenApiDocument index() {
    return generated().index();
  }

  /**
   * {@code GET /openapi/v3/<path>}, e.g. {@code api/v1} or {@code apis/apps/v1}; empty when no
   * group-version is served there.
   */
  public Optional<OpenApiDocument> groupVersion(String path) {
    return Optional.ofNullable(generated().documents().get(path));
  }

  /** True once the documents exist, so that serving them no longer blocks. */
  public boolean isGenerated() {
    return generated != null;
  }

  private Generated generated() {
    Generated done = generated;
    if (done == null) {
      synchronized (this) {
        done = generated;
        if (done == null) {
          done = generate();
          generated = done;
        }
      }
    }
    return done;
  }

  private Generated generate() {
    Map<String, OpenApiDocument> documents = new LinkedHashMap<>();
    GroupVersionDocuments.generate(registry, version)
        .forEach((path, document) -> documents.put(path, OpenApiDocument.of(bytes(document))));
    ObjectNode index = JsonNodeFactory.instance.objectNode();
    ObjectNode paths = index.putObject("paths");
    documents.forEach((path, document) -> paths.putObject(path)
        .put("serverRelativeURL", "/openapi/v3/" + path + "?hash=" + document.hash()));
    return new Generated(OpenApiDocument.of(bytes(index)), Map.copyOf(documents));
  }

  private static byte[] bytes(ObjectNode document) {
    try {
      return ObjectMappers.json().writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize an OpenAPI document", e);
    }
  }

  private record Generated(OpenApiDocument index, Map<String, OpenApiDocument> documents) {}
}
