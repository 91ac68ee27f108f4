package io.kubesim.benchmarks;

import java.io.PrintStream;

/**
 * Where benchmark mains print their human-readable figures: stdout, which run.sh shows. Kept in
 * one place so the rest of the code has no stray prints.
 */
final class BenchOutput {

  private static final PrintStream OUT = System.out;

  private BenchOutput() {}

  static void line(String text) {
    OUT.println(text);
    OUT.flush();
  }
}
