package io.kubesim.admission.status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Formats several error messages the way upstream's {@code utilerrors.NewAggregate} does. */
public final class AggregateMessage {

  private AggregateMessage() {}

  /**
   * One message as is; several de-duplicated in order, joined with {@code ", "} and bracketed;
   * brackets are dropped when de-duplication leaves one message.
   *
   * @throws IllegalArgumentException when {@code messages} is empty (upstream has no error then)
   */
  public static String of(List<String> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("an aggregate needs at least one error");
    }
    if (messages.size() == 1) {
      return messages.get(0);
    }
    Set<String> unique = new LinkedHashSet<>(messages);
    String joined = String.join(", ", unique);
    return unique.size() == 1 ? joined : "[" + joined + "]";
  }
}
