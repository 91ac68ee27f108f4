package io.kubesim.junit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.UserInfo;

/**
 * The {@code admission.k8s.io/v1} wire form of a webhook call: the review sent for an admission
 * request, and upstream's checks of the response ({@code VerifyAdmissionResponse}).
 */
final class AdmissionReviews {

  private AdmissionReviews() {}

  /** The review a webhook receives for {@code request}. */
  static AdmissionReview of(AdmissionRequest request, String uid) {
    ObjectNode review = ObjectMappers.json().createObjectNode()
        .put("apiVersion", "admission.k8s.io/v1").put("kind", "AdmissionReview");
    ObjectNode r = review.putObject("request").put("uid", uid);
    ObjectNode kind = r.putObject("kind").put("group", request.kind().group())
        .put("version", request.kind().version()).put("kind", request.kind().kind());
    ObjectNode resource = r.putObject("resource").put("group", request.resource().group())
        .put("version", request.resource().version())
        .put("resource", request.resource().resource());
    r.put("subResource", request.subresource());
    r.set("requestKind", kind.deepCopy());
    r.set("requestResource", resource.deepCopy());
    r.put("requestSubResource", request.subresource());
    r.put("name", request.name()).put("namespace", request.namespace())
        .put("operation", request.operation().name());
    UserInfo user = request.userInfo();
    if (user != null) {
      ObjectNode u = r.putObject("userInfo").put("username", user.username());
      if (!user.uid().isEmpty()) {
        u.put("uid", user.uid());
      }
      user.groups().forEach(u.putArray("groups")::add);
    }
    r.set("object", request.object() == null ? null : request.object().deepCopy());
    r.set("oldObject", request.oldObject() == null ? null : request.oldObject().deepCopy());
    r.put("dryRun", request.dryRun());
    if (request.options() != null) {
      r.set("options", request.options().deepCopy());
    }
    return ObjectMappers.json().convertValue(review, AdmissionReview.class);
  }

  /**
   * Checks a response as upstream does; fills in a missing uid.
   *
   * @return what is wrong, in upstream's words, or null
   */
  static String verify(AdmissionResponse response, String uid, boolean mutating) {
    if (response == null) {
      return "webhook response was absent";
    }
    if (response.getUid() == null || response.getUid().isEmpty()) {
      response.setUid(uid); // the one courtesy: a lambda need not echo the uid
    } else if (!response.getUid().equals(uid)) {
      return "expected response.uid=\"" + uid + "\", got \"" + response.getUid() + "\"";
    }
    boolean hasPatch = response.getPatch() != null && !response.getPatch().isEmpty();
    boolean hasType = response.getPatchType() != null && !response.getPatchType().isEmpty();
    if (!mutating) {
      return hasPatch ? "validating webhook may not return response.patch"
          : hasType ? "validating webhook may not return response.patchType" : null;
    }
    if (hasPatch && !hasType) {
      return "webhook returned response.patch but not response.patchType";
    }
    if (hasType && !hasPatch) {
      return "webhook returned response.patchType but not response.patch";
    }
    if (hasType && !"JSONPatch".equals(response.getPatchType())) {
      return "webhook returned invalid response.patchType of \"" + response.getPatchType() + "\"";
    }
    return null;
  }
}
