package io.kubesim.admission.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;

/** Parses JSON written in tests; single quotes stand for double quotes to keep literals short. */
public final class Json {

  private Json() {}

  /** The object {@code json}, with {@code '} read as {@code "}. */
  public static ObjectNode object(String json) {
    return (ObjectNode) node(json);
  }

  /** The JSON value {@code json}, with {@code '} read as {@code "}. */
  public static JsonNode node(String json) {
    try {
      return ObjectMappers.json().readTree(json.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
