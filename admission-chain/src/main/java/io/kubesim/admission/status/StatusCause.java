package io.kubesim.admission.status;

/**
 * One cause inside {@link StatusDetails}; upstream serializes the cause type as {@code reason}.
 *
 * @param reason the cause type, e.g. {@code FieldValueInvalid}, or empty
 * @param message the cause message
 * @param field the field path, e.g. {@code metadata.name}, or empty
 */
public record StatusCause(String reason, String message, String field) {

  public StatusCause {
    reason = reason == null ? "" : reason;
    message = message == null ? "" : message;
    field = field == null ? "" : field;
  }
}
