package io.kubesim.simulator.acceptance;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a background controller or a watch delivers after the request returns. */
public final class Eventually {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  private Eventually() {}

  /** Returns once {@code condition} holds; fails with {@code what} after ten seconds. */
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
}
