package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.TraceEntry.Decision;
import io.kubesim.admission.status.StatusException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the trace of one request as it passes the pipeline stages: one entry per stage, and
 * one per admission plugin inside the admission stages. Used by one thread at a time.
 */
public final class RequestTrace {

  private final List<TraceEntry> entries = new ArrayList<>();
  private final Map<String, String> annotations = new LinkedHashMap<>();

  /**
   * Runs {@code step} as the stage {@code name}, recording ADMITTED, or DENIED with the message
   * of a {@link StatusException} it throws (which is rethrown).
   */
  public <T> T stage(String name, Supplier<T> step) {
    long start = System.nanoTime();
    try {
      T result = step.get();
      add(name, Decision.ADMITTED, null, "", start);
      return result;
    } catch (StatusException e) {
      add(name, Decision.DENIED, null, e.getMessage(), start);
      throw e;
    }
  }

  /** Records a stage outcome that the caller timed itself. */
  public void add(String name, Decision decision, JsonNode patch, String message, long startNanos) {
    entries.add(new TraceEntry(name, "stage", decision, patch, message,
        System.nanoTime() - startNanos));
  }

  /** Records a stage outcome whose patch {@code patch} works out when first read. */
  public void addLazy(String name, Decision decision, Supplier<JsonNode> patch, long startNanos) {
    entries.add(TraceEntry.withLazyPatch(name, "stage", decision, patch, "",
        System.nanoTime() - startNanos));
  }

  /** Records plugin-level entries produced by the admission chain. */
  public void addAll(List<TraceEntry> pluginEntries) {
    entries.addAll(pluginEntries);
  }

  /** Adds audit annotations (authorization decision, admission plugins' annotations). */
  public void annotate(Map<String, String> more) {
    annotations.putAll(more);
  }

  /** The audit annotations so far. */
  public Map<String, String> annotations() {
    return Map.copyOf(annotations);
  }

  /** The entries so far, in order. */
  public List<TraceEntry> entries() {
    return List.copyOf(entries);
  }
}
