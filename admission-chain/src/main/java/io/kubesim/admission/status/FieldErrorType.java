package io.kubesim.admission.status;

/** The types of {@link FieldError}, with upstream's labels and cause reasons. */
public enum FieldErrorType {
  NOT_FOUND("Not found", "FieldValueNotFound", false),
  REQUIRED("Required value", "FieldValueRequired", true),
  DUPLICATE("Duplicate value", "FieldValueDuplicate", false),
  INVALID("Invalid value", "FieldValueInvalid", false),
  NOT_SUPPORTED("Unsupported value", "FieldValueNotSupported", false),
  FORBIDDEN("Forbidden", "FieldValueForbidden", true),
  TOO_LONG("Too long", "FieldValueTooLong", true),
  TOO_MANY("Too many", "FieldValueTooMany", false),
  INTERNAL("Internal error", "InternalError", true),
  TYPE_INVALID("Invalid value", "FieldValueTypeInvalid", false);

  private final String label;
  private final String causeReason;
  private final boolean omitsValue;

  FieldErrorType(String label, String causeReason, boolean omitsValue) {
    this.label = label;
    this.causeReason = causeReason;
    this.omitsValue = omitsValue;
  }

  /** The text upstream prints, e.g. {@code Invalid value}. */
  public String label() {
    return label;
  }

  /** The cause type upstream puts into {@code details.causes[].reason}. */
  public String causeReason() {
    return causeReason;
  }

  /** True for types whose message never shows the bad value. */
  boolean omitsValue() {
    return omitsValue;
  }
}
