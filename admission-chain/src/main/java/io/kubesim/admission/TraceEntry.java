package io.kubesim.admission;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One step of a request's journey: a plugin call or a pipeline stage.
 *
 * @param name the plugin or stage name, e.g. {@code LimitRanger} or {@code authentication}
 * @param phase {@code mutating}, {@code validating}, or the stage's own phase name
 * @param decision what happened
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
