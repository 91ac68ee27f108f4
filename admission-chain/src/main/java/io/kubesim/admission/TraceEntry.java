package io.kubesim.admission;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One step of a request's journey: a plugin call or a pipeline stage.
 *
 * @param name the plugin or stage name, e.g. {@code LimitRanger} or {@code authentication}
 * @param phase {@link #MUTATING}, {@link #MUTATING_REINVOCATION}, {@link #VALIDATING}, or a
 *     pipeline stage's own phase name
 * @param decision what happened; a plugin that does not handle the operation is SKIPPED
 * @param patch the RFC 6902 patch of what a mutating step changed, or {@code null}
 * @param message the denial or informational message, or empty
 * @param durationNanos how long the step took
 */
public record TraceEntry(
    String name,
    String phase,
    Decision decision,
    JsonNode patch,
    String message,
    long durationNanos) {

  /** The phase name of the first mutating pass. */
  public static final String MUTATING = "mutating";

  /** The phase name of the second mutating pass that reinvocation runs. */
  public static final String MUTATING_REINVOCATION = "mutating-reinvocation";

  /** The phase name of the validating pass. */
  public static final String VALIDATING = "validating";

  public TraceEntry {
    message = message == null ? "" : message;
  }

  /** What a step decided. */
  public enum Decision {
    SKIPPED,
    ADMITTED,
    MUTATED,
    DENIED
  }
}
