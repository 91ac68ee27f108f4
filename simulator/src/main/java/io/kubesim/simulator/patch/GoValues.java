package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The Go view of decoded JSON: the dynamic type a value has inside upstream's
 * {@code map[string]interface{}}, and when two values are Go-{@code ==}.
 *
 * <p>Strategic merge patch decides "same type?" and "same merge key?" with these rules, so they
 * must match Go's: whole numbers decode as {@code int64}, others as {@code float64}, and an
 * {@code int64} never equals a {@code float64}.
 */
final class GoValues {

  /** A dynamic Go type; {@link #goName()} is what {@code reflect.TypeOf(v)} prints. */
  enum GoType {
    MAP("map[string]interface {}"),
    SLICE("[]interface {}"),
    STRING("string"),
    INT64("int64"),
    FLOAT64("float64"),
    BOOL("bool"),
    NIL("%!s(<nil>)");

    private final String goName;

    GoType(String goName) {
      this.goName = goName;
    }

    String goName() {
      return goName;
    }

    boolean isScalar() {
      return this != MAP && this != SLICE;
    }
  }

  private GoValues() {}

  static GoType typeOf(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return GoType.NIL;
    }
    if (node.isObject()) {
      return GoType.MAP;
    }
    if (node.isArray()) {
      return GoType.SLICE;
    }
    if (node.isBoolean()) {
      return GoType.BOOL;
    }
    if (node.isIntegralNumber()) {
      // sigs.k8s.io/json keeps whole numbers as int64 only when they fit
      return node.canConvertToLong() ? GoType.INT64 : GoType.FLOAT64;
    }
    if (node.isNumber()) {
      return GoType.FLOAT64;
    }
    return GoType.STRING;
  }

  /**
   * Go's {@code ==} on two interface values. Maps and slices are never equal here; Go would
   * panic comparing them, which upstream turns into a 500 anyway.
   */
  static boolean equal(JsonNode a, JsonNode b) {
    GoType type = typeOf(a);
    if (type != typeOf(b) || !type.isScalar()) {
      return false;
    }
    return switch (type) {
      case NIL -> true;
      case BOOL -> a.booleanValue() == b.booleanValue();
      case INT64 -> a.longValue() == b.longValue();
      case FLOAT64 -> a.doubleValue() == b.doubleValue();
      default -> Objects.equals(a.asText(), b.asText());
    };
  }

  /** True when some element of {@code list} is Go-equal to {@code value}. */
  static boolean contains(List<JsonNode> list, JsonNode value) {
    return list.stream().anyMatch(item -> equal(item, value));
  }
}
