package io.kubesim.admission;

/**
 * A fully qualified resource, e.g. {@code apps/v1 deployments}.
 *
 * @param group the API group, empty for the core group
 * @param version the API version
 * @param resource the lower-case plural resource name
 */
public record GroupVersionResource(String group, String version, String resource) {

  public GroupVersionResource {
    group = group == null ? "" : group;
  }

  /** The resource without its version. */
  public GroupResource groupResource() {
    return new GroupResource(group, resource);
  }
}
