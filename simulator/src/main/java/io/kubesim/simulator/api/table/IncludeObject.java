package io.kubesim.simulator.api.table;

import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;

/**
 * What each Table row carries besides its cells ({@code ?includeObject=}): nothing, the object's
 * metadata as a {@code PartialObjectMetadata} (the default, enough for {@code --show-labels} and
 * {@code -A}), or the whole object (kubectl asks for it with {@code --sort-by}).
 */
public enum IncludeObject {
  NONE("None"),
  METADATA("Metadata"),
  OBJECT("Object");

  private final String value;

  IncludeObject(String value) {
    this.value = value;
  }

  /**
   * The option for a query value; absent or empty means {@link #METADATA}.
   *
   * @throws io.kubesim.admission.status.StatusException 400 for any other value, with
   *     upstream's {@code ValidateTableOptions} message
   */
  public static IncludeObject parse(String value) {
    if (value == null || value.isEmpty()) {
      return METADATA;
    }
    for (IncludeObject option : values()) {
      if (option.value.equals(value)) {
        return option;
      }
    }
    throw StatusErrors.tableConversion(FieldError.invalid("includeObject", value,
        "must be 'Metadata', 'Object', 'None', or empty"));
  }

  /** The query value. */
  public String value() {
    return value;
  }
}
