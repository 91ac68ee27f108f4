package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.validation.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decode stage of a write: parses the body, checks it decodes into the URL's model type,
 * and applies {@code fieldValidation} to unknown fields (Ignore drops them, Warn drops them and
 * warns, Strict rejects the request with upstream's strict-decoding message).
 */
public final class ObjectDecoding {

  private ObjectDecoding() {}

  /**
   * The decoded object and the warnings to send.
   *
   * @param object the object tree, unknown fields removed
   * @param warnings {@code Warning} texts, e.g. {@code unknown field "spec.foo"}
   */
  public record Decoded(ObjectNode object, List<String> warnings) {}

  /** Decodes a create or update body. */
  public static Decoded decode(ResourceType type, String contentType, byte[] body,
      FieldValidation validation) {
    ObjectNode object = BodyDecoder.decode(type, contentType, body);
    return check(type, object, validation);
  }

  /** Checks an already parsed object (e.g. a patch result) against the model type. */
  public static Decoded check(ResourceType type, ObjectNode object, FieldValidation validation) {
    if (type.javaType() == null) {
      return new Decoded(object, List.of());
    }
    checkTypes(type, object);
    List<String> unknown = UnknownFields.prune(object, type.javaType());
    ApiDefaults.apply(type, object);
    List<String> problems = unknown.stream().map(p -> "unknown field \"" + p + "\"")
        .collect(Collectors.toCollection(ArrayList::new));
    if (problems.isEmpty() || validation == FieldValidation.IGNORE) {
      return new Decoded(object, List.of());
    }
    if (validation == FieldValidation.STRICT) {
      throw StatusErrors.badRequest(cannotHandle(type) + "strict decoding error: "
          + String.join(", ", problems));
    }
    return new Decoded(object, problems);
  }

  /** Rejects values of the wrong JSON type, as Go's decoder does. */
  static void checkTypes(ResourceType type, ObjectNode object) {
    try {
      ObjectMappers.json().convertValue(object, type.javaType());
    } catch (IllegalArgumentException e) {
      throw StatusErrors.badRequest(cannotHandle(type) + TypeMismatch.describe(e));
    }
  }

  private static String cannotHandle(ResourceType type) {
    return type.kind() + " in version \"" + type.version() + "\" cannot be handled as a "
        + type.kind() + ": ";
  }
}
