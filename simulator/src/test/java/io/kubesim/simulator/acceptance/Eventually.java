package io.kubesim.simulator.acceptance;

import io.kubesim.simulator.KubeSimulator;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a background controller or a watch delivers after the request returns. */
public final class Eventually {

  // generous: on a busy 2-core CI machine a kubectl process may take seconds to start watching
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private Eventually() {}

  /** Returns once {@code condition} holds; fails with {@code what} after 30 seconds. */
  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(20);
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
  public static void watchesOpened(KubeSimulator simulator, String resource, int count) {
    until(count + " watch(es) of " + resource + " are open", () -> simulator.journal().all()
        .stream().filter(r -> r.verb().equals("watch") && r.resource().equals(resource))
        .count() >= count);
  }
}
