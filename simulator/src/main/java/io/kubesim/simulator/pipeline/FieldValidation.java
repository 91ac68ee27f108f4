package io.kubesim.simulator.pipeline;

import io.kubesim.admission.GroupKind;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import java.util.List;

/** The {@code fieldValidation} query parameter: what to do with unknown or duplicate fields. */
public enum FieldValidation {
  IGNORE,
  WARN,
  STRICT;

  /**
   * Parses the parameter; absent means {@code Warn}, as upstream.
   *
   * @param optionsKind e.g. {@code CreateOptions}, for the 422 message on a bad value
   */
  public static FieldValidation parse(String value, String optionsKind) {
    return switch (value) {
      case "", "Warn" -> WARN;
      case "Ignore" -> IGNORE;
      case "Strict" -> STRICT;
      default -> throw StatusErrors.invalid(new GroupKind("meta.k8s.io", optionsKind), "",
          List.of(FieldError.notSupported("fieldValidation", value,
              List.of("", "Ignore", "Strict", "Warn"))));
    };
  }
}
