package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;

/**
 * Reduces objects to their metadata ({@code PartialObjectMetadata}, {@code ...List}): what
 * metadata-only informers and the rows of a Table carry. The whole {@code metadata} is kept,
 * labels, owner references and managed fields included.
 */
final class PartialObjects {

  private PartialObjects() {}

  /** {@code object}'s metadata as a {@code PartialObjectMetadata} of {@code apiVersion}. */
  static ObjectNode partial(JsonNode object, String apiVersion) {
    ObjectNode partial = ObjectMappers.json().createObjectNode();
    partial.put("kind", "PartialObjectMetadata");
    partial.put("apiVersion", apiVersion);
    partial.set("metadata", object.path("metadata").isObject()
        ? object.get("metadata").deepCopy() : ObjectMappers.json().createObjectNode());
    return partial;
  }

  /** {@code list} with each item reduced to its metadata, list metadata kept. */
  static ObjectNode partialList(JsonNode list, String apiVersion) {
    ObjectNode out = ObjectMappers.json().createObjectNode();
    out.put("kind", "PartialObjectMetadataList");
    out.put("apiVersion", apiVersion);
    out.set("metadata", list.path("metadata").isObject()
        ? list.get("metadata").deepCopy() : ObjectMappers.json().createObjectNode());
    var items = out.putArray("items");
    list.path("items").forEach(item -> items.add(partial(item, apiVersion)));
    return out;
  }
}
