package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.Status;
import io.kubesim.simulator.api.StatusJson;
import java.util.List;

/**
 * What the pipeline answers: an HTTP code, a JSON body and any {@code Warning} header texts.
 *
 * @param code the HTTP status
 * @param content the JSON body (an object, a list or a Status), as a tree or as stored bytes
 * @param warnings texts for {@code Warning: 299 - "<text>"} headers
 */
public record ApiResponse(int code, JsonBody content, List<String> warnings) {

  public ApiResponse {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public static ApiResponse of(int code, ObjectNode body, List<String> warnings) {
    return new ApiResponse(code, JsonBody.of(body), warnings);
  }

  /** A failure answer carrying {@code status}. */
  public static ApiResponse failure(Status status) {
    return new ApiResponse(status.code(), JsonBody.of(StatusJson.failure(status)), List.of());
  }

  /** The body as a tree (for stored bytes, decoded now: prefer {@link #content()}). */
  public ObjectNode body() {
    return content.tree();
  }
}
