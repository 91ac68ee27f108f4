package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.StoredObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * POST {@code serviceaccounts/<name>/token} ({@code kubectl create token}): issues a token for an
 * existing service account and answers with the TokenRequest, its audiences and expiration
 * filled in. Nothing is stored. The token is JWT-shaped with upstream's claims but unsigned.
 */
final class TokenRequestOperation {

  /** The TokenRequest kind the subresource reads and answers with. */
  static final ResourceType TOKEN_REQUEST = new ResourceType("authentication.k8s.io", "v1",
      "TokenRequest", "token", "", true, List.of("create"), List.of(), List.of(), Set.of(),
      TokenRequest.class);

  /** kube-apiserver's {@code --api-audiences} default: its service-account issuer. */
  static final String ISSUER = "https://kubernetes.default.svc.cluster.local";

  private static final int DEFAULT_EXPIRATION_SECONDS = 3600;
  private static final long MIN_EXPIRATION_SECONDS = 600;
  private static final long MAX_EXPIRATION_SECONDS = 1L << 32;
  private static final GroupKind KIND = new GroupKind("authentication.k8s.io", "TokenRequest");

  private final AdmissionStage admission;
  private final WriteContext ctx;

  TokenRequestOperation(AdmissionStage admission, WriteContext ctx) {
    this.admission = admission;
    this.ctx = ctx;
  }

  ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget target = request.target();
    UnstoredCreate create = new UnstoredCreate(admission, request, user, trace);
    ObjectNode tokenRequest = create.decode(TOKEN_REQUEST);
    ObjectNode meta = SystemFields.metadata(tokenRequest);
    requireMatch(meta, "name", target.name(), "must match the service account name if specified",
        target.name());
    requireMatch(meta, "namespace", target.namespace(),
        "must match the service account namespace if specified", target.name());
    StoredObject account = ctx.store().get(target.type(), target.namespace(), target.name());
    if (!(tokenRequest.get("spec") instanceof ObjectNode)) {
      tokenRequest.putObject("spec");
    }
    ObjectNode spec = (ObjectNode) tokenRequest.get("spec");
    if (!spec.path("audiences").isArray() || spec.path("audiences").isEmpty()) {
      spec.putArray("audiences").add(ISSUER);
    }
    if (!spec.path("expirationSeconds").isNumber()) {
      spec.put("expirationSeconds", DEFAULT_EXPIRATION_SECONDS);
    }
    meta.put("name", target.name());
    meta.put("namespace", target.namespace());
    Instant now = ctx.clock().instant();
    meta.put("creationTimestamp", SystemFields.timestamp(now));
    tokenRequest.remove("status");
    create.admit(TOKEN_REQUEST, tokenRequest, () -> validate(spec));
    long seconds = spec.path("expirationSeconds").asLong();
    String token = trace.stage("token", () -> ServiceAccountToken.issue(account.object(),
        audiences(spec), now, seconds, ctx.ids().uuid()));
    ObjectNode status = tokenRequest.putObject("status");
    status.put("token", token);
    status.put("expirationTimestamp", SystemFields.timestamp(now.plusSeconds(seconds)));
    return create.created(tokenRequest);
  }

  private static void requireMatch(ObjectNode meta, String field, String expected, String detail,
      String name) {
    String sent = meta.path(field).asText("");
    if (!sent.isEmpty() && !sent.equals(expected)) {
      throw StatusErrors.invalid(KIND, name,
          List.of(FieldError.invalid("metadata." + field, sent, detail)));
    }
  }

  private static void validate(JsonNode spec) {
    long seconds = spec.path("expirationSeconds").asLong();
    String detail = seconds < MIN_EXPIRATION_SECONDS
        ? "may not specify a duration less than 10 minutes"
        : seconds > MAX_EXPIRATION_SECONDS
            ? "may not specify a duration larger than 2^32 seconds" : "";
    if (!detail.isEmpty()) {
      throw StatusErrors.invalid(KIND, "",
          List.of(FieldError.invalid("spec.expirationSeconds", seconds, detail)));
    }
  }

  private static List<String> audiences(JsonNode spec) {
    return StreamSupport.stream(spec.path("audiences").spliterator(), false)
        .map(JsonNode::asText).toList();
  }
}
