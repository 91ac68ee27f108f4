package io.kubesim.admission.plugins.podtolerationrestriction;

import io.kubesim.admission.labels.LabelSyntax;
import io.kubesim.admission.pods.PodToleration;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.FieldErrorType;
import io.kubesim.admission.status.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's {@code ValidateTolerations} for the tolerations of the plugin's configuration, with
 * upstream's field paths and messages (including its quirk of reporting a bad value under
 * {@code operator}).
 */
final class TolerationValidation {

  private static final List<String> OPERATORS = List.of(PodToleration.EQUAL,
      PodToleration.EXISTS);
  private static final List<String> EFFECTS = List.of(PodToleration.NO_SCHEDULE,
      "PreferNoSchedule", PodToleration.NO_EXECUTE);

  private TolerationValidation() {}

  static List<FieldError> validate(List<PodToleration> tolerations, String path) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < tolerations.size(); i++) {
      PodToleration t = tolerations.get(i);
      String at = path + "[" + i + "]";
      if (!t.key().isEmpty()) {
        LabelSyntax.keyErrors(t.key())
            .forEach(m -> errors.add(FieldError.invalid(at + ".key", t.key(), m)));
      }
      if (t.key().isEmpty() && !PodToleration.EXISTS.equals(t.operator())) {
        errors.add(FieldError.invalid(at + ".operator", t.operator(), "operator must be Exists "
            + "when `key` is empty, which means \"match all values and all keys\""));
      }
      if (t.tolerationSeconds() != null && !PodToleration.NO_EXECUTE.equals(t.effect())) {
        errors.add(FieldError.invalid(at + ".effect", t.effect(),
            "effect must be 'NoExecute' when `tolerationSeconds` is set"));
      }
      switch (t.operator()) {
        case PodToleration.EQUAL, "" -> {
          List<String> valueErrors = LabelSyntax.valueErrors(t.value());
          if (!valueErrors.isEmpty()) {
            errors.add(FieldError.invalid(at + ".operator", t.value(),
                String.join(";", valueErrors)));
          }
        }
        case PodToleration.EXISTS -> {
          if (!t.value().isEmpty()) {
            errors.add(new FieldError(FieldErrorType.INVALID,
                at + ".operator", new GoStruct(t), "value must be empty when `operator` is "
                    + "'Exists'"));
          }
        }
        default -> errors.add(FieldError.notSupported(at + ".operator", t.operator(), OPERATORS));
      }
      if (!t.effect().isEmpty() && !EFFECTS.contains(t.effect())) {
        errors.add(FieldError.notSupported(at + ".effect", t.effect(), EFFECTS));
      }
    }
    return errors;
  }

  /** Go's {@code %#v} of the internal toleration, which upstream prints as the bad value. */
  private record GoStruct(PodToleration t) {
    @Override
    public String toString() {
      return "core.Toleration{Key:" + GoQuote.quote(t.key()) + ", Operator:"
          + GoQuote.quote(t.operator()) + ", Value:" + GoQuote.quote(t.value()) + ", Effect:"
          + GoQuote.quote(t.effect()) + ", TolerationSeconds:(*int64)("
          // Go prints the pointer's address, which no run reproduces; kubesim prints a fixed one
          + (t.tolerationSeconds() == null ? "nil" : "0xc000010000") + ")}";
    }
  }
}
