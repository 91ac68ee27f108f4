package io.kubesim.admission.status;

import java.util.Objects;

/**
 * A {@code metav1.Status} failure: the body every kube-apiserver error carries.
 *
 * <p>Build instances through {@link StatusErrors}, the one place that knows upstream's codes,
 * reasons and message formats. An empty {@code reason} is legal: upstream sends it for plain
 * (non-Status) errors, which clients print as {@code Error from server: <message>}.
 *
 * @param code the HTTP status code, also the {@code code} field
 * @param reason the machine-readable reason ({@code NotFound}, {@code Invalid}, ...), or empty
 * @param message the human-readable message, byte for byte as upstream writes it
 * @param details name, group, kind and causes, or {@code null} when upstream sends none
 */
public record Status(int code, String reason, String message, StatusDetails details) {

  public Status {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** Returns this status as an exception that can cross any layer unchanged. */
  public StatusException toException() {
    return new StatusException(this);
  }
}
