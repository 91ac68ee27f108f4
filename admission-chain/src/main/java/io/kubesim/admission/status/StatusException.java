package io.kubesim.admission.status;

/**
 * An exception that carries a complete {@link Status}; the HTTP layer renders it unchanged.
 *
 * <p>Throwing this anywhere in the request path (admission plugin, validation, storage) produces
 * exactly the Status body and HTTP code it holds. Stack traces are not captured: these are
 * expected outcomes, not bugs.
 */
public final class StatusException extends RuntimeException {

  private final Status status;

  public StatusException(Status status) {
    super(status.message(), null, false, false);
    this.status = status;
  }

  /** The Status to send. */
  public Status status() {
    return status;
  }

  /** Shortcut for {@code status().code()}. */
  public int code() {
    return status.code();
  }
}
