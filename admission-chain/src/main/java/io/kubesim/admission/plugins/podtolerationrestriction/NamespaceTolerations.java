package io.kubesim.admission.plugins.podtolerationrestriction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.pods.PodToleration;
import io.kubesim.admission.status.StatusErrors;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a namespace's toleration annotation: absent means "not specified" (the cluster's
 * configuration applies), an empty value means "specified, none", anything else is a JSON array
 * of tolerations.
 */
final class NamespaceTolerations {

  /** The namespace's default tolerations, added to its new pods. */
  static final String DEFAULTS = "scheduler.alpha.kubernetes.io/defaultTolerations";

  /** The namespace's whitelist, which every toleration of its pods must fall under. */
  static final String WHITELIST = "scheduler.alpha.kubernetes.io/tolerationsWhitelist";

  private static final Pattern OFFENDING_CHARACTER =
      Pattern.compile("(?:Unexpected character \\('|Unrecognized token ')(.)");

  private NamespaceTolerations() {}

  /**
   * The tolerations under {@code key}, empty when the annotation is absent.
   *
   * @throws io.kubesim.admission.status.StatusException a plain 500 with Go's JSON error when
   *     the value is not an array of tolerations
   */
  static Optional<List<PodToleration>> read(JsonNode namespace, String key) {
    JsonNode value = namespace.path("metadata").path("annotations").path(key);
    if (!value.isTextual()) {
      return Optional.empty();
    }
    String text = value.asText();
    if (text.isEmpty()) {
      return Optional.of(List.of());
    }
    JsonNode parsed;
    try {
      parsed = ObjectMappers.json().readTree(text);
    } catch (JsonProcessingException e) {
      throw StatusErrors.plainError(syntaxError(e));
    }
    if (parsed == null || parsed.isNull()) {
      return Optional.of(List.of());
    }
    if (!parsed.isArray()) {
      throw StatusErrors.plainError("json: cannot unmarshal " + goJsonType(parsed)
          + " into Go value of type []v1.Toleration");
    }
    return Optional.of(PodToleration.listOf(parsed));
  }

  // Go's decoder names the character it stopped at; its wording depends on the parser state,
  // which kubesim approximates with the wording for the start of a value
  private static String syntaxError(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher character = OFFENDING_CHARACTER.matcher(message);
    if (character.find()) {
      return "invalid character '" + character.group(1) + "' looking for beginning of value";
    }
    return message.contains("end-of-input") ? "unexpected end of JSON input" : message;
  }

  private static String goJsonType(JsonNode node) {
    return node.isObject() ? "object" : node.isTextual() ? "string"
        : node.isNumber() ? "number" : node.isBoolean() ? "bool" : "value";
  }
}
