package io.kubesim.admission;

/**
 * A resource within an API group, e.g. {@code deployments.apps}; the core group is empty.
 *
 * @param group the API group, empty for the core group
 * @param resource the lower-case plural resource name
 */
public record GroupResource(String group, String resource) {

  public GroupResource {
    group = group == null ? "" : group;
  }

  /** Upstream's qualified form: {@code resource} or {@code resource.group}. */
  @Override
  public String toString() {
    return group.isEmpty() ? resource : resource + "." + group;
  }
}
