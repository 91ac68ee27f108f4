package io.kubesim.junit;

import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An admission webhook served in-process by a lambda: no HTTP server, no certificates. It
 * receives the {@code AdmissionReview} a real webhook would and its answer is handled as
 * kube-apiserver handles a webhook's: a denial becomes the webhook's Status, a patch changes the
 * object, warnings reach the client, and a failed call (see {@link WebhookFailure}) follows the
 * {@link FailurePolicy}. It runs where the API server calls webhooks.
 *
 * <pre>{@code
 * cluster.register(AdmissionWebhook.validating("policy.example.com",
 *         review -> WebhookResponses.deny("no privileged pods"))
 *     .resources("pods").failurePolicy(FailurePolicy.FAIL));
 * }</pre>
 *
 * Instances are immutable; each setting returns a copy. In messages the webhook is addressed as
 * {@code https://<name>/}, since it has no URL of its own.
 */
public abstract sealed class AdmissionWebhook implements AdmissionPlugin
    permits MutatingWebhook, ValidatingWebhook {

  /** What the API server does when the webhook cannot be called or answers badly. */
  public enum FailurePolicy {
    /** Reject the request with 500 (upstream's default in admissionregistration/v1). */
    FAIL,
    /** Go on as if the webhook had allowed the request. */
    IGNORE
  }

  // requests for these kinds never reach webhooks, so a broken webhook cannot lock itself in
  private static final Set<String> NEVER_INTERCEPTED = Set.of("ValidatingWebhookConfiguration",
      "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy",
      "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy",
      "MutatingAdmissionPolicyBinding");

  /** What the two kinds share: everything but the phase. */
  record Settings(String name, WebhookHandler handler, FailurePolicy failurePolicy,
      Set<Operation> operations, Set<String> resources, int timeoutSeconds) {}

  final Settings settings;

  AdmissionWebhook(Settings settings) {
    this.settings = settings;
  }

  /** A mutating webhook called {@code name} (a domain-like name, e.g. {@code a.example.com}). */
  public static AdmissionWebhook mutating(String name, WebhookHandler handler) {
    return new MutatingWebhook(defaults(name, handler));
  }

  /** A validating webhook called {@code name}. */
  public static AdmissionWebhook validating(String name, WebhookHandler handler) {
    return new ValidatingWebhook(defaults(name, handler));
  }

  private static Settings defaults(String name, WebhookHandler handler) {
    return new Settings(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(handler, "handler"), FailurePolicy.FAIL,
        EnumSet.of(Operation.CREATE, Operation.UPDATE, Operation.DELETE, Operation.CONNECT),
        Set.of("*"), 10);
  }

  abstract AdmissionWebhook with(Settings changed);

  /** A copy with another failure policy ({@code FAIL} by default). */
  public AdmissionWebhook failurePolicy(FailurePolicy policy) {
    return with(new Settings(settings.name(), settings.handler(), policy, settings.operations(),
        settings.resources(), settings.timeoutSeconds()));
  }

  /** A copy called only for these operations (all four by default). */
  public AdmissionWebhook operations(Operation... operations) {
    return with(new Settings(settings.name(), settings.handler(), settings.failurePolicy(),
        EnumSet.copyOf(List.of(operations)), settings.resources(), settings.timeoutSeconds()));
  }

  /**
   * A copy called only for these resources, written with their group: {@code pods},
   * {@code deployments.apps}; {@code *} (the default) for all.
   */
  public AdmissionWebhook resources(String... resources) {
    return with(new Settings(settings.name(), settings.handler(), settings.failurePolicy(),
        settings.operations(), Set.of(resources), settings.timeoutSeconds()));
  }

  /** A copy with another timeout; a handler that runs longer counts as timed out. */
  public AdmissionWebhook timeoutSeconds(int seconds) {
    if (seconds < 1 || seconds > 30) {
      throw new IllegalArgumentException("the timeout value must be between 1 and 30 seconds");
    }
    return with(new Settings(settings.name(), settings.handler(), settings.failurePolicy(),
        settings.operations(), settings.resources(), seconds));
  }

  @Override
  public String name() {
    return settings.name();
  }

  @Override
  public boolean handles(Operation operation) {
    return settings.operations().contains(operation);
  }

  /**
   * Calls the handler if the webhook matches the request.
   *
   * @return the verified response, or null when the webhook does not match or failed open
   * @throws StatusException for a denial, or a failed call under {@code FAIL}
   */
  final AdmissionResponse call(AdmissionRequest request, AdmissionContext context) {
    if (!matches(request)) {
      return null;
    }
    AdmissionReview review = AdmissionReviews.of(request, UUID.randomUUID().toString());
    String uid = review.getRequest().getUid();
    AdmissionResponse response;
    try {
      long start = System.nanoTime();
      response = settings.handler().handle(review);
      if (System.nanoTime() - start > settings.timeoutSeconds() * 1_000_000_000L) {
        throw WebhookFailure.timeout();
      }
    } catch (WebhookFailure e) {
      return failed(callError(e));
    } catch (RuntimeException e) {
      return failed("failed to call webhook: an error on the server (\"" + e.getMessage()
          + "\") has prevented the request from succeeding");
    }
    String invalid = AdmissionReviews.verify(response, uid, this instanceof MutatingWebhook);
    if (invalid != null) {
      return failed("received invalid webhook response: " + invalid);
    }
    if (!Boolean.TRUE.equals(response.getAllowed())) {
      var status = response.getStatus();
      throw StatusErrors.webhookDenied(name(), status == null || status.getCode() == null ? 0
              : status.getCode(), status == null ? "" : status.getReason(),
          status == null ? "" : status.getMessage());
    }
    if (response.getWarnings() != null) {
      response.getWarnings().forEach(context::addWarning);
    }
    if (response.getAuditAnnotations() != null) {
      for (Map.Entry<String, String> a : response.getAuditAnnotations().entrySet()) {
        context.addAuditAnnotation(name() + "/" + a.getKey(), a.getValue());
      }
    }
    return response;
  }

  private boolean matches(AdmissionRequest request) {
    if (request.kind().group().equals("admissionregistration.k8s.io")
        && NEVER_INTERCEPTED.contains(request.kind().kind())) {
      return false;
    }
    return settings.resources().contains("*")
        || settings.resources().contains(request.resource().groupResource().toString());
  }

  /** Null under {@code IGNORE}; under {@code FAIL}, throws the 500 for {@code reason}. */
  final AdmissionResponse failed(String reason) {
    if (settings.failurePolicy() == FailurePolicy.IGNORE) {
      return null;
    }
    throw StatusErrors.webhookCallFailed(name(), reason);
  }

  private String callError(WebhookFailure failure) {
    String post = "Post \"https://" + name() + "/?timeout=" + settings.timeoutSeconds() + "s\": ";
    return switch (failure.kind()) {
      case TIMEOUT, CONNECTION_REFUSED -> "failed to call webhook: " + post + failure.getMessage();
      case SERVER_ERROR -> "failed to call webhook: an error on the server (\""
          + failure.getMessage() + "\") has prevented the request from succeeding";
    };
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name() + ", " + settings.failurePolicy() + "]";
  }
}
