package io.kubesim.simulator.selector;

/**
 * The operator of one label selector {@link Requirement}, upstream's {@code selection.Operator}.
 *
 * <p>{@link #upstreamName()} is the operator's string in upstream, which appears in parse errors
 * ({@code expected: in, notin, =, ==, !=, gt, lt}).
 */
public enum Operator {
  IN("in"),
  NOT_IN("notin"),
  EQUALS("="),
  DOUBLE_EQUALS("=="),
  NOT_EQUALS("!="),
  GREATER_THAN("gt"),
  LESS_THAN("lt"),
  EXISTS("exists"),
  DOES_NOT_EXIST("!");

  private final String upstreamName;

  Operator(String upstreamName) {
    this.upstreamName = upstreamName;
  }

  /** The operator's value in upstream, e.g. {@code notin} or {@code gt}. */
  public String upstreamName() {
    return upstreamName;
  }

  /** True for the operators that take no values. */
  public boolean isUnary() {
    return this == EXISTS || this == DOES_NOT_EXIST;
  }
}
