package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Describes a Jackson type mismatch the way Go's JSON decoder words it:
 * {@code json: cannot unmarshal string into Go struct field .spec.replicas of type int32}.
 */
final class TypeMismatch {

  private TypeMismatch() {}

  static String describe(IllegalArgumentException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MismatchedInputException mie) {
      return "json: cannot unmarshal " + jsonKind(mie) + " into Go struct field "
          + ownerAndPath(mie) + " of type " + goType(mie.getTargetType());
    }
    if (cause instanceof JsonMappingException jme) {
      return "json: " + jme.getOriginalMessage();
    }
    return "json: " + e.getMessage();
  }

  private static String jsonKind(MismatchedInputException e) {
    String msg = String.valueOf(e.getOriginalMessage());
    if (msg.contains("from String") || msg.contains("String value")) {
      return "string";
    }
    if (msg.contains("Array value") || msg.contains("START_ARRAY")) {
      return "array";
    }
    if (msg.contains("Object value") || msg.contains("START_OBJECT")) {
      return "object";
    }
    if (msg.contains("Boolean")) {
      return "bool";
    }
    return "number";
  }

  private static String ownerAndPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    String owner = "";
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
        owner = ref.getFrom() instanceof Class<?> c ? c.getSimpleName()
            : ref.getFrom() == null ? owner : ref.getFrom().getClass().getSimpleName();
      }
    }
    return owner + path;
  }

  private static String goType(Class<?> target) {
    if (target == null) {
      return "unknown";
    }
    return switch (target.getSimpleName()) {
      case "Integer", "int" -> "int32";
      case "Long", "long" -> "int64";
      case "Boolean", "boolean" -> "bool";
      case "String" -> "string";
      case "Double", "double", "Float", "float" -> "float64";
      default -> target.getSimpleName().startsWith("List") || target.getName().startsWith(
          "java.util.List") ? "[]" : "v1." + target.getSimpleName();
    };
  }
}
