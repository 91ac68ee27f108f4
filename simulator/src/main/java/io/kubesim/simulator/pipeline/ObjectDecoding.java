package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.defaults.BuiltInDefaults;
import io.kubesim.simulator.validation.ModelShapes;
import io.kubesim.simulator.validation.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decode stage of a write: parses the body, checks it decodes into the URL's model type,
 * applies {@code fieldValidation} to unknown fields (Ignore drops them, Warn drops them and
 * warns, Strict rejects the request with upstream's strict-decoding message), and applies the
 * kind's API defaults, as upstream's decoder does.
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
    List<String> problems = unknown.stream().map(p -> "unknown field \"" + p + "\"")
        .collect(Collectors.toCollection(ArrayList::new));
    if (!problems.isEmpty() && validation == FieldValidation.STRICT) {
      throw StatusErrors.badRequest(cannotHandle(type) + "strict decoding error: "
          + String.join(", ", problems));
    }
    applyDefaults(type, object);
    SecretStringData.fold(type, object);
    return new Decoded(object,
        validation == FieldValidation.IGNORE ? List.of() : List.copyOf(problems));
  }

  /**
   * Applies the API defaults of {@code type}'s kind in place. Upstream defaults on every decode,
   * including when it reads back what it stored, so writes call this again just before storage:
   * what admission or the registry added (a container, a Job's pod labels) is defaulted too.
   */
  public static void applyDefaults(ResourceType type, ObjectNode object) {
    if (type.javaType() != null) {
      BuiltInDefaults.kubernetes133().apply(type.gvk(), object);
    }
  }

  /** Rejects values of the wrong JSON type, as Go's decoder does. */
  static void checkTypes(ResourceType type, ObjectNode object) {
    if (ModelShapes.certainlyDecodes(object, type.javaType())) {
      return; // decoding it would succeed: only a doubtful object is decoded, for its error
    }
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
