package io.kubesim.junit;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponseBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Ready-made answers for a {@link WebhookHandler}. */
public final class WebhookResponses {

  private WebhookResponses() {}

  /** Allows the request unchanged. */
  public static AdmissionResponse allow() {
    return new AdmissionResponseBuilder().withAllowed(true).build();
  }

  /** Allows the request with a client warning. */
  public static AdmissionResponse allowWithWarning(String warning) {
    return new AdmissionResponseBuilder().withAllowed(true).addToWarnings(warning).build();
  }

  /** Denies the request with 403 and {@code message}. */
  public static AdmissionResponse deny(String message) {
    return deny(403, message);
  }

  /** Denies the request with {@code code} and {@code message}. */
  public static AdmissionResponse deny(int code, String message) {
    return new AdmissionResponseBuilder().withAllowed(false)
        .withStatus(new StatusBuilder().withCode(code).withMessage(message).build()).build();
  }

  /**
   * Allows the request changed by an RFC 6902 JSON patch, e.g. {@code
   * [{"op":"add","path":"/metadata/labels/team","value":"a"}]}; mutating webhooks only.
   */
  public static AdmissionResponse patch(String jsonPatch) {
    return new AdmissionResponseBuilder().withAllowed(true).withPatchType("JSONPatch")
        .withPatch(Base64.getEncoder().encodeToString(jsonPatch.getBytes(StandardCharsets.UTF_8)))
        .build();
  }
}
