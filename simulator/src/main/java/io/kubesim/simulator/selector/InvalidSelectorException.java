package io.kubesim.simulator.selector;

import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;

/**
 * Signals a selector that cannot be parsed, converted or applied; the message is upstream's error
 * text, byte for byte.
 *
 * <p>Upstream returns these as plain Go errors; what they become depends on the caller. A list or
 * watch request answers {@link #toBadRequest() 400 BadRequest}; an admission plugin may wrap the
 * message in its own error.
 */
public final class InvalidSelectorException extends RuntimeException {

  public InvalidSelectorException(String message) {
    super(message, null, false, false);
  }

  /** The 400 BadRequest kube-apiserver answers when a list or watch carries this selector. */
  public StatusException toBadRequest() {
    return StatusErrors.badRequest(getMessage());
  }
}
