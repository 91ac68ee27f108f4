package io.kubesim.simulator.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.FieldError;
import io.kubesim.simulator.api.ResourceType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Validates {@code metadata} the way upstream's {@code ValidateObjectMeta} does: the name by the
 * resource's naming rule, the namespace by the resource's scope, label and annotation syntax.
 */
public final class ObjectMetaValidation {

  private static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

  private ObjectMetaValidation() {}

  /** The field errors of {@code object}'s metadata; empty when valid. */
  public static List<FieldError> validate(ResourceType type, ObjectNode object) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode meta = object.path("metadata");
    String name = meta.path("name").asText("");
    if (name.isEmpty()) {
      errors.add(FieldError.required("metadata.name", "name or generateName is required"));
    } else {
      for (String msg : nameRule(type).apply(name)) {
        errors.add(FieldError.invalid("metadata.name", name, msg));
      }
    }
    String namespace = meta.path("namespace").asText("");
    if (type.namespaced() && namespace.isEmpty()) {
      errors.add(FieldError.required("metadata.namespace", ""));
    } else if (!type.namespaced() && !namespace.isEmpty()) {
      errors.add(FieldError.forbidden("metadata.namespace", "not allowed on this type"));
    }
    validateLabels(meta.path("labels"), errors);
    validateAnnotations(meta.path("annotations"), errors);
    return errors;
  }

  /** The naming rule upstream applies to {@code type}'s object names. */
  static Function<String, List<String>> nameRule(ResourceType type) {
    if (type.group().isEmpty() && type.plural().equals("namespaces")) {
      return NameRules::dns1123Label;
    }
    if (type.group().isEmpty() && type.plural().equals("services")) {
      return NameRules::dns1035Label;
    }
    if (type.group().equals("rbac.authorization.k8s.io")) {
      return NameRules::pathSegment;
    }
    return NameRules::dns1123Subdomain;
  }

  private static void validateLabels(JsonNode labels, List<FieldError> errors) {
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (String msg : NameRules.qualifiedName(e.getKey())) {
        errors.add(FieldError.invalid("metadata.labels", e.getKey(), msg));
      }
      String value = e.getValue().asText("");
      for (String msg : NameRules.labelValue(value)) {
        errors.add(FieldError.invalid("metadata.labels", value, msg));
      }
    }
  }

  private static void validateAnnotations(JsonNode annotations, List<FieldError> errors) {
    long total = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (String msg : NameRules.qualifiedName(e.getKey().toLowerCase(Locale.ROOT))) {
        errors.add(FieldError.invalid("metadata.annotations", e.getKey(), msg));
      }
      total += e.getKey().getBytes(StandardCharsets.UTF_8).length
          + e.getValue().asText("").getBytes(StandardCharsets.UTF_8).length;
    }
    if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
      errors.add(new FieldError(io.kubesim.admission.status.FieldErrorType.TOO_LONG,
          "metadata.annotations", FieldError.OMIT_VALUE,
          "must have at most " + TOTAL_ANNOTATION_SIZE_LIMIT + " bytes"));
    }
  }
}
