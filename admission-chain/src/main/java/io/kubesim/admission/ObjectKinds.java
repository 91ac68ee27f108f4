package io.kubesim.admission;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tells whether a request's object tree is of the kind a plugin expects, and names it the way
 * upstream's messages do when it is not.
 *
 * <p>Upstream plugins receive typed objects and check them with a type assertion; a tree
 * without a {@code kind} is taken as what the request says it is.
 */
public final class ObjectKinds {

  private ObjectKinds() {}

  /** True when {@code object} is a {@code kind}. */
  public static boolean isKind(JsonNode object, String kind) {
    return object != null && object.isObject()
        && object.path("kind").asText(kind).equals(kind);
  }

  /** True when {@code object} is a Pod. */
  public static boolean isPod(JsonNode object) {
    return isKind(object, "Pod");
  }

  /**
   * Go's {@code %T} of the object upstream would have decoded, e.g. {@code *core.Service} or
   * {@code *apps.Deployment}: the internal package is the first label of the API group.
   */
  public static String goTypeName(AdmissionRequest request) {
    if (request.object() == null) {
      return "<nil>";
    }
    String kind = request.object().path("kind").asText(request.kind().kind());
    String apiVersion = request.object().path("apiVersion").asText(request.kind().apiVersion());
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/'))
        : "";
    String pkg = group.isEmpty() ? "core" : group.split("\\.", 2)[0];
    return "*" + pkg + "." + kind;
  }
}
