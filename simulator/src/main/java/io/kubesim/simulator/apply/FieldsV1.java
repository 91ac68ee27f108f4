package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.util.Iterator;
import java.util.Map;

/**
 * The {@code FieldsV1} encoding of a {@link FieldSet}, as stored in
 * {@code metadata.managedFields[].fieldsV1}: one JSON object per node, keyed by
 * {@code f:}/{@code k:}/{@code v:} elements; {@code {}} is a member leaf, and {@code "."} marks a
 * node that is a member and also has children. Keys appear in element order, {@code "."} first.
 */
public final class FieldsV1 {

  private FieldsV1() {}

  /** Encodes {@code set}. */
  public static ObjectNode encode(FieldSet set) {
    ObjectNode out = ObjectMappers.json().createObjectNode();
    if (set.member() && !set.children().isEmpty()) {
      out.putObject(".");
    }
    set.children().forEach((element, node) -> out.set(element.fieldsV1Key(), encode(node)));
    return out;
  }

  /** Decodes {@code fieldsV1}; malformed keys are an {@link IllegalArgumentException}. */
  public static FieldSet decode(JsonNode fieldsV1) {
    FieldSet set = new FieldSet();
    fill(set, fieldsV1);
    return set;
  }

  private static void fill(FieldSet node, JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("fieldsV1 must be an object: " + json);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals(".")) {
        node.markMember();
        continue;
      }
      FieldSet child = node.children().computeIfAbsent(PathElement.parse(e.getKey()),
          k -> new FieldSet());
      if (!e.getValue().isObject()) {
        throw new IllegalArgumentException("fieldsV1 values must be objects: " + e);
      }
      if (e.getValue().isEmpty()) {
        child.markMember();
      } else {
        fill(child, e.getValue());
      }
    }
  }
}
