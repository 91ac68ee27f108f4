package io.kubesim.admission;

/**
 * A fully qualified kind, e.g. {@code apps/v1, Kind=Deployment}.
 *
 * @param group the API group, empty for the core group
 * @param version the API version, e.g. {@code v1}
 * @param kind the CamelCase kind
 */
public record GroupVersionKind(String group, String version, String kind) {

  public GroupVersionKind {
    group = group == null ? "" : group;
  }

  /** The {@code apiVersion} string: {@code v1} or {@code apps/v1}. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** The kind without its version. */
  public GroupKind groupKind() {
    return new GroupKind(group, kind);
  }
}
