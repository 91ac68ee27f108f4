package io.kubesim.simulator.pipeline;

import io.kubesim.admission.GroupKind;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.selector.GoStringSlice;
import java.util.List;

/**
 * The options every write shares, read from the query: {@code dryRun}, {@code fieldManager},
 * {@code fieldValidation}; bad values are 422 on the options kind, as upstream.
 *
 * @param dryRun true for {@code dryRun=All}: run everything, persist nothing
 * @param fieldManager the manager name, or empty
 * @param fieldValidation what to do with unknown fields
 */
public record WriteOptions(boolean dryRun, String fieldManager, FieldValidation fieldValidation) {

  /** Parses the options of a write whose options kind is e.g. {@code CreateOptions}. */
  public static WriteOptions parse(QueryParams query, String optionsKind) {
    return new WriteOptions(dryRun(query, optionsKind), query.get("fieldManager"),
        FieldValidation.parse(query.get("fieldValidation"), optionsKind));
  }

  /** Parses {@code dryRun}: absent or {@code All}. */
  static boolean dryRun(QueryParams query, String optionsKind) {
    List<String> values = query.values().getOrDefault("dryRun", List.of());
    List<FieldError> errors = dryRunErrors(values);
    if (!errors.isEmpty()) {
      throw StatusErrors.invalid(new GroupKind("meta.k8s.io", optionsKind), "", errors);
    }
    return !values.isEmpty();
  }

  /** Upstream's {@code ValidateDryRun}: every value must be {@code All}; the error shows all. */
  static List<FieldError> dryRunErrors(List<String> values) {
    if (values.stream().allMatch("All"::equals)) {
      return List.of();
    }
    return List.of(FieldError.notSupported("dryRun", new GoStringSlice(values), List.of("All")));
  }
}
