package io.kubesim.simulator.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * One raw HTTP answer.
 *
 * @param code the HTTP status
 * @param headers the response headers
 * @param body the body as text
 */
record RawResponse(int code, HttpHeaders headers, String body) {

  /** The body parsed as JSON. */
  JsonNode json() {
    try {
      return ObjectMappers.json().readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON (" + code + "): " + body, e);
    }
  }

  /** Every value of {@code header}. */
  List<String> header(String name) {
    return headers.allValues(name);
  }
}
