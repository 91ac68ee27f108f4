package io.kubesim.simulator.kubectl;

import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * One command of the kubectl suite and what it must do, run against a {@link SuiteCell}; the
 * steps of a cell run in order and build on each other, as a user's session would.
 *
 * @param name what the command does, as a behaviour phrase (the test's display name)
 * @param check runs the command and asserts its output and the server's state
 */
record SuiteStep(String name, ThrowingConsumer<SuiteCell> check) {

  static SuiteStep step(String name, ThrowingConsumer<SuiteCell> check) {
    return new SuiteStep(name, check);
  }
}
