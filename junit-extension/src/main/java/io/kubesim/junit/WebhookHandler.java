package io.kubesim.junit;

import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;

/**
 * The body of an in-process admission webhook: receives the {@code AdmissionReview} a real
 * webhook server would receive and answers its {@code response}. Build answers with {@link
 * WebhookResponses}; throw a {@link WebhookFailure} to simulate a webhook that cannot be reached,
 * times out or fails, so that the webhook's failure policy applies.
 */
@FunctionalInterface
public interface WebhookHandler {

  /**
   * Answers one review. A response without {@code uid} gets the request's; another uid is an
   * invalid response, as upstream checks.
   */
  AdmissionResponse handle(AdmissionReview review);
}
