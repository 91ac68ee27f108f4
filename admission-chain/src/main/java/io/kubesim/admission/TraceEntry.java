package io.kubesim.admission;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One step of a request's journey: a plugin call or a pipeline stage, with what it decided, what
 * it changed and how long it took.
 *
 * <p>The patch of a mutating step may be worked out only when first read: working out RFC 6902
 * patches costs more than most plugins do, and most traces are never looked at. An entry is
 * immutable as seen from outside and safe to read from any thread.
 */
public final class TraceEntry {

  /** The phase name of the first mutating pass. */
  public static final String MUTATING = "mutating";

  /** The phase name of the second mutating pass that reinvocation runs. */
  public static final String MUTATING_REINVOCATION = "mutating-reinvocation";

  /** The phase name of the validating pass. */
  public static final String VALIDATING = "validating";

  private final String name;
  private final String phase;
  private final Decision decision;
  private final String message;
  private final long durationNanos;
  private Supplier<JsonNode> patchSource;
  private JsonNode patch;

  /**
   * An entry whose patch is known.
   *
   * @param name the plugin or stage name, e.g. {@code LimitRanger} or {@code authentication}
   * @param phase {@link #MUTATING}, {@link #MUTATING_REINVOCATION}, {@link #VALIDATING}, or a
   *     pipeline stage's own phase name
   * @param decision what happened; a plugin that does not handle the operation is SKIPPED
   * @param patch the RFC 6902 patch of what a mutating step changed, or {@code null}
   * @param message the denial or informational message, or empty
   * @param durationNanos how long the step took
   */
  public TraceEntry(String name, String phase, Decision decision, JsonNode patch,
      String message, long durationNanos) {
    this(name, phase, decision, (Supplier<JsonNode>) null, message, durationNanos);
    this.patch = patch;
  }

  private TraceEntry(String name, String phase, Decision decision, Supplier<JsonNode> patch,
      String message, long durationNanos) {
    this.name = Objects.requireNonNull(name, "name");
    this.phase = Objects.requireNonNull(phase, "phase");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.patchSource = patch;
    this.message = message == null ? "" : message;
    this.durationNanos = durationNanos;
  }

  /**
   * An entry whose patch {@code patch} works out on first read; it is called at most once and
   * must not depend on state that changes after this call.
   */
  public static TraceEntry withLazyPatch(String name, String phase, Decision decision,
      Supplier<JsonNode> patch, String message, long durationNanos) {
    return new TraceEntry(name, phase, decision, Objects.requireNonNull(patch, "patch"),
        message, durationNanos);
  }

  /** The plugin or stage name. */
  public String name() {
    return name;
  }

  /** The phase: one of the constants here for plugins, a stage's own name for stages. */
  public String phase() {
    return phase;
  }

  /** What the step decided. */
  public Decision decision() {
    return decision;
  }

  /** The RFC 6902 patch of what a mutating step changed, or {@code null}. */
  public synchronized JsonNode patch() {
    if (patchSource != null) {
      patch = patchSource.get();
      patchSource = null;
    }
    return patch;
  }

  /** The denial or informational message, or empty. */
  public String message() {
    return message;
  }

  /** How long the step took. */
  public long durationNanos() {
    return durationNanos;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraceEntry other && name.equals(other.name) && phase.equals(other.phase)
        && decision == other.decision && Objects.equals(patch(), other.patch())
        && message.equals(other.message) && durationNanos == other.durationNanos;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, phase, decision, patch(), message, durationNanos);
  }

  @Override
  public String toString() {
    return "TraceEntry[name=" + name + ", phase=" + phase + ", decision=" + decision
        + ", patch=" + patch() + ", message=" + message + ", durationNanos=" + durationNanos + "]";
  }

  /** What a step decided. */
  public enum Decision {
    SKIPPED,
    ADMITTED,
    MUTATED,
    DENIED
  }
}
