package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import java.util.List;
import java.util.Map;

/**
 * Builds one OpenAPI operation as kube-apiserver describes it: {@code operationId}, {@code
 * x-kubernetes-action}, {@code x-kubernetes-group-version-kind} (an object here, an array on
 * schemas), query parameters, request body and responses.
 */
final class Operation {

  private static final String STRATEGIC_MERGE_PATCH = "application/strategic-merge-patch+json";
  private static final List<String> PATCH_TYPES = List.of("application/apply-patch+yaml",
      "application/json-patch+json", "application/merge-patch+json", STRATEGIC_MERGE_PATCH);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> QUERY_TYPES = Map.ofEntries(
      Map.entry("allowWatchBookmarks", "boolean"), Map.entry("continue", "string"),
      Map.entry("dryRun", "string"), Map.entry("fieldManager", "string"),
      Map.entry("fieldSelector", "string"), Map.entry("fieldValidation", "string"),
      Map.entry("force", "boolean"), Map.entry("gracePeriodSeconds", "integer"),
      Map.entry("ignoreStoreReadErrorWithClusterBreakingPotential", "boolean"),
      Map.entry("labelSelector", "string"), Map.entry("limit", "integer"),
      Map.entry("orphanDependents", "boolean"), Map.entry("pretty", "string"),
      Map.entry("propagationPolicy", "string"), Map.entry("resourceVersion", "string"),
      Map.entry("resourceVersionMatch", "string"), Map.entry("sendInitialEvents", "boolean"),
      Map.entry("timeoutSeconds", "integer"), Map.entry("watch", "boolean"));

  private final ObjectNode node = NODES.objectNode();

  private Operation(String operationId, String action, GroupVersionKind gvk) {
    node.put("operationId", operationId).put("x-kubernetes-action", action);
    node.putObject("x-kubernetes-group-version-kind").put("group", gvk.group())
        .put("kind", gvk.kind()).put("version", gvk.version());
  }

  static Operation of(String operationId, String action, GroupVersionKind gvk) {
    return new Operation(operationId, action, gvk);
  }

  /**
   * The PATCH body types. Client-side apply computes a strategic merge patch only when the
   * strategic type is listed; custom resources do not take it, so it then sends a merge patch.
   */
  static List<String> patchTypes(boolean strategic) {
    return strategic ? PATCH_TYPES
        : PATCH_TYPES.stream().filter(type -> !type.equals(STRATEGIC_MERGE_PATCH)).toList();
  }

  /** A query parameter, e.g. {@code fieldValidation}, which kubectl looks for on PATCH. */
  static ObjectNode queryParameter(String name) {
    String type = QUERY_TYPES.get(name);
    if (type == null) {
      throw new IllegalArgumentException("no such query parameter: " + name);
    }
    ObjectNode parameter = NODES.objectNode().put("name", name).put("in", "query");
    parameter.putObject("schema").put("type", type).put("uniqueItems", true);
    return parameter;
  }

  /** A required path parameter such as {@code {name}} or {@code {namespace}}. */
  static ObjectNode pathParameter(String name) {
    ObjectNode parameter = NODES.objectNode().put("name", name).put("in", "path")
        .put("required", true);
    parameter.putObject("schema").put("type", "string").put("uniqueItems", true);
    return parameter;
  }

  Operation query(List<String> names) {
    ArrayNode parameters = node.withArrayProperty("parameters");
    names.forEach(name -> parameters.add(queryParameter(name)));
    return this;
  }

  /** The request body: {@code schema} under each of {@code contentTypes}. */
  Operation body(List<String> contentTypes, ObjectNode schema) {
    ObjectNode body = node.putObject("requestBody");
    ObjectNode content = body.putObject("content");
    contentTypes.forEach(type -> content.putObject(type).set("schema", schema.deepCopy()));
    body.put("required", true);
    return this;
  }

  /** A response with {@code schema} as JSON and YAML; {@code null} for no body. */
  Operation response(int code, String description, ObjectNode schema) {
    ObjectNode response = node.withObjectProperty("responses").putObject(Integer.toString(code))
        .put("description", description);
    if (schema != null) {
      ObjectNode content = response.putObject("content");
      for (String type : List.of("application/json", "application/yaml")) {
        content.putObject(type).set("schema", schema.deepCopy());
      }
    }
    return this;
  }

  ObjectNode node() {
    node.withObjectProperty("responses").putObject("401").put("description", "Unauthorized");
    return node;
  }
}
