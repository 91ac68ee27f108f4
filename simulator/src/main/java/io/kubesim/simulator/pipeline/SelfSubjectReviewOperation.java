package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.UserInfo;
import io.kubesim.simulator.api.ResourceType;
import java.time.Clock;
import java.util.TreeMap;

/**
 * POST {@code selfsubjectreviews} ({@code kubectl auth whoami}): answers with the user the
 * request was authenticated as. Like upstream, the answer is a new review, not the one sent, with
 * only a creation time in its metadata. Nothing is stored.
 */
final class SelfSubjectReviewOperation {

  private final AdmissionStage admission;
  private final Clock clock;

  SelfSubjectReviewOperation(AdmissionStage admission, Clock clock) {
    this.admission = admission;
    this.clock = clock;
  }

  ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    ResourceType type = request.target().type();
    UnstoredCreate create = new UnstoredCreate(admission, request, user, trace);
    ObjectNode sent = create.decode(type);
    create.admit(type, sent, () -> { });
    ObjectNode review = ObjectMappers.json().createObjectNode();
    review.put("apiVersion", type.apiVersion());
    review.put("kind", type.kind());
    review.putObject("metadata").put("creationTimestamp", SystemFields.timestamp(clock.instant()));
    ObjectNode userInfo = review.putObject("status").putObject("userInfo");
    // Every field of authentication/v1 UserInfo is omitempty.
    if (!user.username().isEmpty()) {
      userInfo.put("username", user.username());
    }
    if (!user.uid().isEmpty()) {
      userInfo.put("uid", user.uid());
    }
    if (!user.groups().isEmpty()) {
      user.groups().forEach(userInfo.putArray("groups")::add);
    }
    if (!user.extra().isEmpty()) {
      ObjectNode extra = userInfo.putObject("extra");
      new TreeMap<>(user.extra()).forEach((key, values) -> values.forEach(
          extra.putArray(key)::add));
    }
    return create.created(review);
  }
}
