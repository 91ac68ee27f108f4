package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Label maps and label selectors in the text form kubectl shows ({@code app=web,tier in (a,b)}):
 * requirements sorted by key, set values sorted, as apimachinery's selector {@code String()}.
 */
final class SelectorText {

  private SelectorText() {}

  /** A label map as {@code k=v,...} sorted by key, or {@code <none>} when empty. */
  static String labels(JsonNode map) {
    String text = labelSet(map);
    return text.isEmpty() ? "<none>" : text;
  }

  /** A label map as {@code k=v,...} sorted by key; empty when the map is. */
  static String labelSet(JsonNode map) {
    Map<String, String> sorted = new TreeMap<>();
    map.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
    List<String> pairs = new ArrayList<>();
    sorted.forEach((k, v) -> pairs.add(k + "=" + v));
    return String.join(",", pairs);
  }

  /**
   * {@code metav1.FormatLabelSelector}: the selector's text, {@code <none>} when it selects
   * everything or nothing, {@code <error>} when it cannot be converted.
   */
  static String format(JsonNode selector) {
    String text = selector(selector);
    return text == null ? "<error>" : text.isEmpty() ? "<none>" : text;
  }

  /** The selector's text, empty for an absent or empty selector, null for an invalid one. */
  static String selector(JsonNode selector) {
    List<String[]> requirements = new ArrayList<>();
    selector.path("matchLabels").fields().forEachRemaining(
        e -> requirements.add(new String[] {e.getKey(), e.getKey() + "=" + e.getValue().asText()}));
    for (JsonNode expression : items(selector, "matchExpressions")) {
      String requirement = requirement(expression);
      if (requirement == null) {
        return null;
      }
      requirements.add(new String[] {text(expression, "key"), requirement});
    }
    requirements.sort(Comparator.comparing(r -> r[0]));
    List<String> parts = new ArrayList<>();
    requirements.forEach(r -> parts.add(r[1]));
    return String.join(",", parts);
  }

  private static String requirement(JsonNode expression) {
    String key = text(expression, "key");
    List<String> values = new ArrayList<>();
    items(expression, "values").forEach(v -> values.add(v.asText()));
    values.sort(null);
    String set = "(" + String.join(",", values) + ")";
    return switch (text(expression, "operator")) {
      case "In" -> values.isEmpty() ? null : key + " in " + set;
      case "NotIn" -> values.isEmpty() ? null : key + " notin " + set;
      case "Exists" -> values.isEmpty() ? key : null;
      case "DoesNotExist" -> values.isEmpty() ? "!" + key : null;
      default -> null;
    };
  }
}
