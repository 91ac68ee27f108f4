package io.kubesim.junit;

/**
 * Thrown by a {@link WebhookHandler} to simulate a webhook call that fails: the API server then
 * applies the webhook's failure policy, rejecting the request with 500 under {@code Fail} and
 * going on without the webhook under {@code Ignore}.
 */
public final class WebhookFailure extends RuntimeException {

  /** How the call failed. */
  enum Kind {
    TIMEOUT,
    SERVER_ERROR,
    CONNECTION_REFUSED
  }

  private final Kind kind;

  private WebhookFailure(Kind kind, String detail) {
    super(detail, null, false, false);
    this.kind = kind;
  }

  /** The call ran past the webhook's timeout. */
  public static WebhookFailure timeout() {
    return new WebhookFailure(Kind.TIMEOUT, "context deadline exceeded");
  }

  /** The webhook server answered 500 with {@code body}. */
  public static WebhookFailure serverError(String body) {
    return new WebhookFailure(Kind.SERVER_ERROR, body);
  }

  /** The webhook server could not be reached. */
  public static WebhookFailure connectionRefused() {
    return new WebhookFailure(Kind.CONNECTION_REFUSED, "connect: connection refused");
  }

  Kind kind() {
    return kind;
  }
}
