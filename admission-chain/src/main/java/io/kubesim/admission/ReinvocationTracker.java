package io.kubesim.admission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reinvocation bookkeeping for a plugin that calls several hooks in turn (mutating webhooks,
 * mutating admission policies), as upstream's webhook and policy reinvoke contexts do.
 *
 * <p>Rules: any hook that changes the object asks the chain for a second pass and marks every
 * earlier hook with reinvocation policy {@code IfNeeded} for calling again. On the second pass only
 * marked hooks are called; if in-tree plugins changed the object since this plugin last ran, all
 * earlier {@code IfNeeded} hooks are marked first. Keep one tracker per plugin and request via
 * {@link Reinvocation#state}.
 */
public final class ReinvocationTracker {

  private JsonNode lastOutput;
  private final Set<String> invokedReinvocable = new LinkedHashSet<>();
  private final Set<String> toReinvoke = new HashSet<>();

  /** Call when the plugin starts a pass, with the object as it arrives. */
  public void beginPass(Reinvocation reinvocation, ObjectNode object) {
    if (reinvocation.isReinvoke() && !Objects.equals(lastOutput, object)) {
      markInvokedForReinvocation();
    }
  }

  /** True when hook {@code id} should be called in the current pass. */
  public boolean shouldCall(Reinvocation reinvocation, String id) {
    return !reinvocation.isReinvoke() || toReinvoke.contains(id);
  }

  /**
   * Call after hook {@code id} ran.
   *
   * @param changed whether the hook changed the object
   * @param reinvocable whether the hook's reinvocation policy is {@code IfNeeded}
   */
  public void afterCall(Reinvocation reinvocation, String id, boolean changed,
      boolean reinvocable) {
    if (changed) {
      markInvokedForReinvocation();
      reinvocation.requestReinvocation();
    }
    if (reinvocable) {
      invokedReinvocable.add(id);
    }
  }

  /** Call when the plugin ends a pass, with the object as it leaves. */
  public void endPass(ObjectNode object) {
    lastOutput = object == null ? null : object.deepCopy();
  }

  private void markInvokedForReinvocation() {
    toReinvoke.addAll(invokedReinvocable);
    invokedReinvocable.clear();
  }
}
