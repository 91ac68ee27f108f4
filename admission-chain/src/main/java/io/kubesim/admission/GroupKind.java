package io.kubesim.admission;

/**
 * A kind within an API group, e.g. {@code Deployment.apps}; the core group is empty.
 *
 * @param group the API group, empty for the core group
 * @param kind the CamelCase kind
 */
public record GroupKind(String group, String kind) {

  public GroupKind {
    group = group == null ? "" : group;
  }

  /** Upstream's qualified form: {@code Kind} or {@code Kind.group}. */
  @Override
  public String toString() {
    return group.isEmpty() ? kind : kind + "." + group;
  }
}
