package io.kubesim.admission;

import io.kubesim.admission.status.StatusException;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one admission phase: the trace of every plugin call, the denial if any, and the
 * warnings and audit annotations plugins added.
 *
 * @param trace one entry per plugin considered, in execution order
 * @param denial the error to answer with, or {@code null} when admitted
 * @param warnings texts for {@code Warning} response headers
 * @param auditAnnotations annotations for the audit event
 */
public record AdmissionResult(
    List<TraceEntry> trace,
    StatusException denial,
    List<String> warnings,
    Map<String, String> auditAnnotations) {

  public AdmissionResult {
    trace = List.copyOf(trace);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    auditAnnotations = auditAnnotations == null ? Map.of() : Map.copyOf(auditAnnotations);
  }

  /** An admitted result with the given trace. */
  public static AdmissionResult admitted(List<TraceEntry> trace) {
    return new AdmissionResult(trace, null, List.of(), Map.of());
  }

  /** True when a plugin denied the request. */
  public boolean denied() {
    return denial != null;
  }
}
