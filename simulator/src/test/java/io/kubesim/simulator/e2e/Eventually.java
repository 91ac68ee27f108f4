package io.kubesim.simulator.e2e;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.kubectl.Kubectl;
import java.util.function.BooleanSupplier;

/** Bounded waits for what a test cannot see in kubectl's output, read from the simulator. */
final class Eventually {

  private Eventually() {}

  /** Waits until {@code condition} holds, failing after {@link Kubectl#TIMEOUT}. */
  static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Kubectl.TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what, e);
      }
    }
  }

  /**
   * Waits until {@code count} watches of {@code resource} have been opened since the last reset:
   * the client has listed, so every later change reaches it.
   */
  static void watchesOpened(KubeSimulator simulator, String resource, int count) {
    until(count + " watch(es) of " + resource + " are open", () -> simulator.journal().all()
        .stream().filter(r -> r.verb().equals("watch") && r.resource().equals(resource))
        .count() >= count);
  }
}
