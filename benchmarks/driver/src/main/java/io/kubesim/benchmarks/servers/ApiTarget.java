package io.kubesim.benchmarks.servers;

import io.fabric8.kubernetes.client.Config;

/**
 * A server that the client benchmarks talk to: kubesim, the fabric8 mock, or the fixed-response
 * floor. Closing it stops the server (and its JVM, when it has its own).
 */
public interface ApiTarget extends AutoCloseable {

  /** Short name used in result keys and tables, e.g. {@code mock}. */
  String name();

  /** How a fabric8 client reaches it (master URL, and credentials when the server wants them). */
  Config clientConfig();

  /**
   * Whether the server keeps what it is sent. The floor does not: it answers every request with
   * the same object, so filling it is skipped and only its per-request cost is meaningful.
   */
  default boolean stateful() {
    return true;
  }

  /**
   * Told how many pods the scenario has created so far; the floor uses it to size its fixed list
   * response so that list timings compare like with like.
   */
  default void podCountChanged(int count) {}

  @Override
  void close();
}
