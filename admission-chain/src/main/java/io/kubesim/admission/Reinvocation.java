package io.kubesim.admission;

import java.util.function.Supplier;

/**
 * The reinvocation state of one request's mutating phase (upstream's
 * {@code ReinvocationContext}).
 *
 * <p>After a full mutating pass, the chain runs every mutating plugin once more when some plugin
 * {@link #requestReinvocation() requested it}; there is at most one extra pass. In-tree plugins
 * simply run again (they are idempotent); webhook- and policy-style plugins use
 * {@link ReinvocationTracker} to decide which of their hooks to call again.
 */
public interface Reinvocation {

  /** True during the second, reinvoked pass. */
  boolean isReinvoke();

  /** Asks for one more mutating pass; ignored once the reinvoked pass has started. */
  void requestReinvocation();

  /**
   * State a plugin keeps across both passes of one request, created on first use.
   *
   * @param owner a key unique to the plugin, usually its name
   */
  <T> T state(String owner, Supplier<T> initial);
}
