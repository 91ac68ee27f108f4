package io.kubesim.simulator.api.openapi;

import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ServerVersion;

/**
 * Everything a server publishes under {@code /openapi}: the v3 documents kubectl works from, and
 * the v2 document it falls back to.
 *
 * @param v3 the index and per-group-version documents, generated on first use
 * @param v2 the v2 document
 */
public record OpenApi(OpenApiV3 v3, OpenApiV2 v2) {

  /** The documents of {@code registry}, reporting {@code version}. */
  public static OpenApi create(ResourceRegistry registry, ServerVersion version) {
    return new OpenApi(OpenApiV3.create(registry, version), OpenApiV2.create(version));
  }
}
