package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.GoQuote;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * POST {@code selfsubjectaccessreviews} ({@code kubectl auth can-i}): asks the {@link Authorizer}
 * whether the requesting user may do what the review's spec describes, and answers with the
 * review and its {@code status.allowed}. Nothing is stored.
 */
final class SelfSubjectAccessReviewOperation {

  private final AdmissionStage admission;
  private final Authorizer authorizer;

  SelfSubjectAccessReviewOperation(AdmissionStage admission, Authorizer authorizer) {
    this.admission = admission;
    this.authorizer = authorizer;
  }

  ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    ResourceType type = request.target().type();
    UnstoredCreate create = new UnstoredCreate(admission, request, user, trace);
    ObjectNode review = create.decode(type);
    JsonNode spec = review.path("spec");
    JsonNode resource = present(spec.path("resourceAttributes"));
    JsonNode nonResource = present(spec.path("nonResourceAttributes"));
    create.admit(type, review, () -> validate(type, resource, nonResource));
    boolean allowed = trace.stage("authorization-review",
        () -> authorizer.allows(user, attributes(resource, nonResource)));
    // Upstream's AlwaysAllow and RBAC give no reason; a boolean authorizer cannot say "denied".
    review.putObject("status").put("allowed", allowed);
    return create.created(review);
  }

  private static JsonNode present(JsonNode node) {
    return node.isObject() ? node : null;
  }

  private static AuthorizationAttributes attributes(JsonNode resource, JsonNode nonResource) {
    if (resource == null) {
      return AuthorizationAttributes.nonResource(text(nonResource, "verb"),
          text(nonResource, "path"));
    }
    return new AuthorizationAttributes(text(resource, "verb"), text(resource, "group"),
        text(resource, "version"), text(resource, "resource"), text(resource, "subresource"),
        text(resource, "namespace"), text(resource, "name"), "", true);
  }

  private static void validate(ResourceType type, JsonNode resource, JsonNode nonResource) {
    List<FieldError> errors = new ArrayList<>();
    if (resource != null && nonResource != null) {
      errors.add(FieldError.invalid("spec.nonResourceAttributes", new GoStruct(
          "authorization.NonResourceAttributes{Path:" + GoQuote.quote(text(nonResource, "path"))
              + ", Verb:" + GoQuote.quote(text(nonResource, "verb")) + "}"),
          "cannot be specified in combination with resourceAttributes"));
    }
    if (resource == null && nonResource == null) {
      // Upstream reports the nil nonResourceAttributes pointer, which renders as "null".
      errors.add(FieldError.invalid("spec.resourceAttributes", "null",
          "exactly one of nonResourceAttributes or resourceAttributes must be specified"));
    }
    if (!errors.isEmpty()) {
      throw StatusErrors.invalid(new GroupKind(type.group(), type.kind()), "", errors);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }

  /** A Go struct value as {@code %#v} prints it in a field error. */
  private record GoStruct(String rendered) {
    @Override
    public String toString() {
      return rendered;
    }
  }
}
