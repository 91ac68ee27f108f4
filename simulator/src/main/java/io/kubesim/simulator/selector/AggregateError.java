package io.kubesim.simulator.selector;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins error messages the way upstream's {@code utilerrors.Aggregate} prints them: one message
 * alone, several as {@code [a, b]}, duplicates dropped.
 */
final class AggregateError {

  private AggregateError() {}

  static String message(List<String> messages) {
    Set<String> unique = new LinkedHashSet<>(messages);
    if (unique.size() == 1) {
      return unique.iterator().next();
    }
    return "[" + String.join(", ", unique) + "]";
  }
}
