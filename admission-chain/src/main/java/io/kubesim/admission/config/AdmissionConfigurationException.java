package io.kubesim.admission.config;

import io.kubesim.admission.status.AggregateMessage;
import java.util.List;

/**
 * The admission configuration cannot start: unknown or conflicting plugin names, an unreadable
 * or malformed configuration file, or a plugin whose configuration is invalid.
 *
 * <p>Thrown at start-up only. The message reproduces kube-apiserver's: each problem in upstream's
 * words, several problems in upstream's aggregate form ({@code [first, second]}).
 */
public final class AdmissionConfigurationException extends RuntimeException {

  private final List<String> problems;

  public AdmissionConfigurationException(List<String> problems) {
    super(AggregateMessage.of(problems));
    this.problems = List.copyOf(problems);
  }

  public AdmissionConfigurationException(String problem) {
    this(List.of(problem));
  }

  /** Each problem on its own, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
