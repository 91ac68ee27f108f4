package io.kubesim.admission.status;

import java.util.Collection;

/**
 * One field-level validation error, rendered exactly like upstream's {@code field.Error}.
 *
 * <p>{@link #toString()} gives {@code <field>: <body>}; {@link #body()} gives upstream's
 * {@code ErrorBody()}, e.g. {@code Invalid value: "bad key": a valid config key must ...}.
 *
 * @param type the error type
 * @param field the field path, e.g. {@code metadata.name} or {@code data[bad key]}
 * @param badValue the offending value (String, Number, Boolean, or null); ignored for types that
 *     never print one
 * @param detail the explanation, or empty
 */
public record FieldError(FieldErrorType type, String field, Object badValue, String detail) {

  /** Marker for "no value to print" (upstream's {@code omitValue}). */
  public static final Object OMIT_VALUE = new Object();

  public FieldError {
    detail = detail == null ? "" : detail;
  }

  public static FieldError invalid(String field, Object value, String detail) {
    return new FieldError(FieldErrorType.INVALID, field, value, detail);
  }

  public static FieldError required(String field, String detail) {
    return new FieldError(FieldErrorType.REQUIRED, field, OMIT_VALUE, detail);
  }

  public static FieldError forbidden(String field, String detail) {
    return new FieldError(FieldErrorType.FORBIDDEN, field, OMIT_VALUE, detail);
  }

  public static FieldError tooLong(String field, int maxLength) {
    return new FieldError(
        FieldErrorType.TOO_LONG, field, OMIT_VALUE,
        "may not be more than " + maxLength + " bytes");
  }

  /** Upstream's {@code NotSupported}: lists the supported values, each quoted. */
  public static FieldError notSupported(String field, Object value, Collection<String> supported) {
    StringBuilder detail = new StringBuilder();
    if (!supported.isEmpty()) {
      detail.append("supported values: ");
      String sep = "";
      for (String s : supported) {
        detail.append(sep).append(GoQuote.quote(s));
        sep = ", ";
      }
    }
    return new FieldError(FieldErrorType.NOT_SUPPORTED, field, value, detail.toString());
  }

  public static FieldError duplicate(String field, Object value) {
    return new FieldError(FieldErrorType.DUPLICATE, field, value, "");
  }

  public static FieldError notFound(String field, Object value) {
    return new FieldError(FieldErrorType.NOT_FOUND, field, value, "");
  }

  /** Upstream's {@code ErrorBody()}: the message without the field path. */
  public String body() {
    StringBuilder s = new StringBuilder(type.label());
    if (!type.omitsValue() && badValue != OMIT_VALUE) {
      s.append(": ").append(renderValue(badValue));
    }
    if (!detail.isEmpty()) {
      s.append(": ").append(detail);
    }
    return s.toString();
  }

  /** The cause that upstream puts into {@code details.causes} for this error. */
  public StatusCause toCause() {
    return new StatusCause(type.causeReason(), body(), field);
  }

  @Override
  public String toString() {
    return field + ": " + body();
  }

  private static String renderValue(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return GoQuote.quote(s);
    }
    return String.valueOf(value);
  }
}
