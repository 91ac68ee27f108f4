package io.kubesim.admission;

import io.kubesim.admission.status.StatusException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The per-request {@link AdmissionContext}: collects warnings and audit annotations and holds the
 * reinvocation state of one admission phase.
 *
 * <p>The chain creates one scope per phase call; plugin unit tests create their own. Not
 * thread-safe: one request runs on one thread.
 */
public final class RequestScope implements AdmissionContext, Reinvocation {

  private final Set<String> warnings = new LinkedHashSet<>();
  private final Map<String, String> auditAnnotations = new LinkedHashMap<>();
  private final Map<String, Object> pluginState = new HashMap<>();
  private boolean reinvocationRequested;
  private boolean reinvoke;

  @Override
  public void addWarning(String warning) {
    warnings.add(warning);
  }

  @Override
  public boolean addAuditAnnotation(String key, String value) {
    String previous = auditAnnotations.putIfAbsent(key, value);
    return previous == null || previous.equals(value);
  }

  @Override
  public Reinvocation reinvocation() {
    return this;
  }

  @Override
  public boolean isReinvoke() {
    return reinvoke;
  }

  @Override
  public void requestReinvocation() {
    if (!reinvoke) {
      reinvocationRequested = true;
    }
  }

  @Override
  public <T> T state(String owner, Supplier<T> initial) {
    @SuppressWarnings("unchecked")
    T state = (T) pluginState.computeIfAbsent(owner, k -> initial.get());
    return state;
  }

  /** True when a plugin asked for a second mutating pass that has not started yet. */
  public boolean reinvocationRequested() {
    return reinvocationRequested && !reinvoke;
  }

  /** Marks the start of the second, reinvoked mutating pass. */
  public void beginReinvocation() {
    reinvoke = true;
  }

  /** The warnings added so far, in order, without repeats. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The audit annotations added so far. */
  public Map<String, String> auditAnnotations() {
    return Map.copyOf(auditAnnotations);
  }

  /** The phase's result: the given trace and denial plus what plugins added here. */
  public AdmissionResult result(List<TraceEntry> trace, StatusException denial) {
    return new AdmissionResult(new ArrayList<>(trace), denial, warnings(), auditAnnotations());
  }
}
