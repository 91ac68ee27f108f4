package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.QueryParams;
import java.io.IOException;
import java.util.List;

/**
 * {@code DeleteOptions} from the body (kubectl, fabric8) or the query (the official client),
 * validated like upstream: propagationPolicy must be Foreground, Background or Orphan, and may
 * not be combined with orphanDependents.
 *
 * @param gracePeriodSeconds the requested grace period, or null
 * @param propagation Background, Foreground or Orphan, or empty for the type's default
 * @param dryRun true for {@code dryRun: ["All"]}
 * @param preconditionUid the required uid, or empty
 * @param preconditionResourceVersion the required resourceVersion, or empty
 */
public record DeleteOptions(
    Long gracePeriodSeconds,
    String propagation,
    boolean dryRun,
    String preconditionUid,
    String preconditionResourceVersion) {

  private static final GroupKind KIND = new GroupKind("meta.k8s.io", "DeleteOptions");

  /** Parses and validates the options of one DELETE request. */
  public static DeleteOptions parse(byte[] body, QueryParams query) {
    JsonNode b = parseBody(body);
    Long grace = b.has("gracePeriodSeconds") ? Long.valueOf(b.get("gracePeriodSeconds").asLong())
        : query.has("gracePeriodSeconds") ? query.number("gracePeriodSeconds", 0) : null;
    String propagation = b.path("propagationPolicy").asText(query.get("propagationPolicy"));
    boolean orphanSet = b.has("orphanDependents") || query.has("orphanDependents");
    boolean orphan = b.has("orphanDependents") ? b.get("orphanDependents").asBoolean()
        : query.flag("orphanDependents");
    if (!propagation.isEmpty()
        && !List.of("Foreground", "Background", "Orphan").contains(propagation)) {
      throw StatusErrors.invalid(KIND, "", List.of(FieldError.notSupported("propagationPolicy",
          propagation, List.of("Foreground", "Background", "Orphan"))));
    }
    if (orphanSet && !propagation.isEmpty()) {
      throw StatusErrors.invalid(KIND, "", List.of(FieldError.invalid("propagationPolicy",
          propagation, "orphanDependents and deletionPropagation cannot be both set")));
    }
    if (orphanSet) {
      propagation = orphan ? "Orphan" : "Background";
    }
    boolean dryRun = WriteOptions.dryRun(query, "DeleteOptions");
    for (JsonNode v : b.path("dryRun")) {
      if (!v.asText().equals("All")) {
        throw StatusErrors.invalid(KIND, "", List.of(FieldError.notSupported("dryRun",
            v.asText(), List.of("All"))));
      }
      dryRun = true;
    }
    JsonNode pre = b.path("preconditions");
    return new DeleteOptions(grace, propagation, dryRun, pre.path("uid").asText(""),
        pre.path("resourceVersion").asText(""));
  }

  private static JsonNode parseBody(byte[] body) {
    if (body.length == 0) {
      return ObjectMappers.json().createObjectNode();
    }
    try {
      JsonNode node = ObjectMappers.json().readTree(body);
      return node == null || !node.isObject() ? ObjectMappers.json().createObjectNode() : node;
    } catch (IOException e) {
      throw StatusErrors.badRequest("the object provided is unrecognized (must be of type "
          + "DeleteOptions): couldn't get version/kind; json parse error: " + e.getMessage());
    }
  }
}
