package io.kubesim.simulator.selector;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Reads an object's {@code metadata.labels} straight from its JSON, skipping everything else and
 * stopping once the labels are read: a label selector over stored objects then decodes a few
 * dozen bytes of each instead of the whole object.
 */
public final class EncodedLabels {

  private static final JsonFactory JSON = ObjectMappers.json().getFactory();

  private EncodedLabels() {}

  /** The labels of the object {@code json} encodes, as {@link LabelSelector#labelsOf} reads them. */
  public static Map<String, String> of(byte[] json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Map.of();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("metadata")) {
          return value == JsonToken.START_OBJECT ? labelsIn(parser) : Map.of();
        }
        parser.skipChildren();
      }
      return Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException("stored object is not valid JSON", e);
    }
  }

  /** The labels of the metadata object the parser has just entered. */
  private static Map<String, String> labelsIn(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("labels")) {
        JsonNode labels = ObjectMappers.json().readTree(parser);
        return LabelSelector.labelMap(labels);
      }
      parser.skipChildren();
    }
    return Map.of();
  }
}
