package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.patch.GoValues.GoType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints decoded JSON the way Go's {@code fmt} prints the same {@code interface{}} values.
 *
 * <p>Upstream's strategic-merge-patch errors embed patch fragments with {@code %v} (e.g.
 * {@code map: map[image:nginx] does not contain declared merge key: name}); reproducing those
 * messages byte for byte needs Go's rendering: sorted map keys, unquoted strings, space-separated
 * elements and Go's float format.
 */
final class GoFormat {

  private GoFormat() {}

  /** {@code fmt.Sprintf("%v", value)}. */
  static String v(JsonNode value) {
    return render(value, false);
  }

  /** {@code fmt.Sprintf("%v", list)} for a Go slice whose elements are {@code values}. */
  static String v(Collection<JsonNode> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(item -> parts.add(v(item)));
    return "[" + String.join(" ", parts) + "]";
  }

  /** {@code fmt.Sprintf("%s", value)}: like {@code %v}, but non-strings print as bad verbs. */
  static String s(JsonNode value) {
    return render(value, true);
  }

  private static String render(JsonNode value, boolean stringVerb) {
    GoType type = GoValues.typeOf(value);
    return switch (type) {
      case MAP -> {
        Map<String, JsonNode> sorted = new TreeMap<>();
        value.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<String> parts = new ArrayList<>();
        sorted.forEach((k, item) -> parts.add(k + ":" + render(item, stringVerb)));
        yield "map[" + String.join(" ", parts) + "]";
      }
      case SLICE -> {
        List<String> parts = new ArrayList<>();
        value.forEach(item -> parts.add(render(item, stringVerb)));
        yield "[" + String.join(" ", parts) + "]";
      }
      case STRING -> value.asText();
      case NIL -> stringVerb ? "%!s(<nil>)" : "<nil>";
      default -> {
        String plain = type == GoType.FLOAT64 ? formatFloat(value.doubleValue())
            : type == GoType.INT64 ? Long.toString(value.longValue())
            : Boolean.toString(value.booleanValue());
        yield stringVerb ? "%!s(" + type.goName() + "=" + plain + ")" : plain;
      }
    };
  }

  /** Go's {@code %v} for a float64: shortest digits, exponent form below 1e-4 or from 1e6. */
  static String formatFloat(double d) {
    if (d == 0) {
      return 1 / d < 0 ? "-0" : "0";
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.isNaN(d) ? "NaN" : d > 0 ? "+Inf" : "-Inf";
    }
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int exponent = digits.length() - exact.scale() - 1;
    String sign = d < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 6) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int abs = Math.abs(exponent);
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
    }
    return sign + exact.toPlainString();
  }
}
