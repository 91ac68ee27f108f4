package io.kubesim.admission.pods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a pod's {@code spec.tolerations}, as upstream compares it: unset strings are
 * empty, and two tolerations are equal when every field is.
 *
 * @param key the taint key, empty to match every key (with {@code Exists})
 * @param operator {@code Exists}, {@code Equal}, or empty (which means Equal)
 * @param value the taint value for {@code Equal}
 * @param effect the taint effect, empty to match every effect
 * @param tolerationSeconds how long a {@code NoExecute} taint is tolerated, or {@code null}
 */
public record PodToleration(String key, String operator, String value, String effect,
    Long tolerationSeconds) {

  public static final String EXISTS = "Exists";
  public static final String EQUAL = "Equal";
  public static final String NO_SCHEDULE = "NoSchedule";
  public static final String NO_EXECUTE = "NoExecute";

  public PodToleration {
    key = Objects.requireNonNullElse(key, "");
    operator = Objects.requireNonNullElse(operator, "");
    value = Objects.requireNonNullElse(value, "");
    effect = Objects.requireNonNullElse(effect, "");
  }

  /** {@code {key, operator: Exists, effect}}. */
  public static PodToleration exists(String key, String effect) {
    return new PodToleration(key, EXISTS, "", effect, null);
  }

  /** Reads one toleration object. */
  public static PodToleration of(JsonNode node) {
    JsonNode seconds = node.path("tolerationSeconds");
    return new PodToleration(node.path("key").asText(""), node.path("operator").asText(""),
        node.path("value").asText(""), node.path("effect").asText(""),
        seconds.isNumber() ? seconds.asLong() : null);
  }

  /** Reads a JSON array of tolerations; anything else reads as none. */
  public static List<PodToleration> listOf(JsonNode array) {
    List<PodToleration> tolerations = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(node -> tolerations.add(of(node)));
    }
    return tolerations;
  }

  /** The tolerations of a pod tree. */
  public static List<PodToleration> ofPod(JsonNode pod) {
    return listOf(pod.path("spec").path("tolerations"));
  }

  /** Replaces the pod's {@code spec.tolerations} with {@code tolerations}. */
  public static void setOnPod(ObjectNode pod, List<PodToleration> tolerations) {
    ArrayNode array = pod.withObjectProperty("spec").putArray("tolerations");
    tolerations.forEach(t -> array.add(t.toJson()));
  }

  /** Appends {@code toleration} to the pod's {@code spec.tolerations}, keeping the others. */
  public static void appendToPod(ObjectNode pod, PodToleration toleration) {
    ObjectNode spec = pod.withObjectProperty("spec");
    JsonNode existing = spec.path("tolerations");
    ArrayNode array = existing instanceof ArrayNode a ? a : spec.putArray("tolerations");
    array.add(toleration.toJson());
  }

  /** Upstream's {@code MatchToleration}: same key, effect, operator and value. */
  public boolean matches(PodToleration other) {
    return key.equals(other.key) && effect.equals(other.effect)
        && operator.equals(other.operator) && value.equals(other.value);
  }

  /** The JSON upstream writes: empty fields and unset seconds are omitted. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    putIfSet(node, "key", key);
    putIfSet(node, "operator", operator);
    putIfSet(node, "value", value);
    putIfSet(node, "effect", effect);
    if (tolerationSeconds != null) {
      // an int node when it fits, so the tree equals one parsed from the same JSON text
      long seconds = tolerationSeconds;
      if (seconds == (int) seconds) {
        node.put("tolerationSeconds", (int) seconds);
      } else {
        node.put("tolerationSeconds", seconds);
      }
    }
    return node;
  }

  private static void putIfSet(ObjectNode node, String field, String text) {
    if (!text.isEmpty()) {
      node.put(field, text);
    }
  }
}
