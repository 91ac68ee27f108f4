package io.kubesim.simulator.pipeline;

import io.kubesim.admission.GroupKind;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.QueryParams;
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
    for (String v : values) {
      if (!v.equals("All")) {
        throw StatusErrors.invalid(new GroupKind("meta.k8s.io", optionsKind), "",
            List.of(FieldError.notSupported("dryRun", v, List.of("All"))));
      }
    }
    return !values.isEmpty();
  }
}
