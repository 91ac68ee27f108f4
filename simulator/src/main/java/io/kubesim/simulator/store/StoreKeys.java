package io.kubesim.simulator.store;

/**
 * Builds store keys and list prefixes in etcd's registry layout, {@code
 * /<group>/<resource>/<namespace>/<name>}, with the core group written as {@code core} and no
 * namespace segment for cluster-scoped objects.
 *
 * <p>Every prefix ends with {@code /}, so the prefix of namespace {@code a} never matches objects
 * in namespace {@code ab}, nor does {@code pods} match {@code podsecuritypolicies}.
 */
public final class StoreKeys {

  /** The group segment that stands for the unnamed core group. */
  public static final String CORE_GROUP = "core";

  private StoreKeys() {}

  /**
   * The key of one object.
   *
   * @param group the API group, empty for core
   * @param resource the plural resource name, e.g. {@code pods}
   * @param namespace the namespace, or {@code null} or empty for cluster-scoped objects
   * @param name the object name
   */
  public static String objectKey(String group, String resource, String namespace, String name) {
    String base =
        isEmpty(namespace)
            ? resourcePrefix(group, resource)
            : namespacePrefix(group, resource, namespace);
    return base + segment("name", name);
  }

  /** The prefix of every object of a resource in one namespace. */
  public static String namespacePrefix(String group, String resource, String namespace) {
    return resourcePrefix(group, resource) + segment("namespace", namespace) + "/";
  }

  /** The prefix of every object of a resource, in all namespaces (or cluster-scoped). */
  public static String resourcePrefix(String group, String resource) {
    String groupSegment = isEmpty(group) ? CORE_GROUP : segment("group", group);
    return "/" + groupSegment + "/" + segment("resource", resource) + "/";
  }

  // A '/' inside a segment would let one key fall under another's prefix.
  private static String segment(String what, String value) {
    if (isEmpty(value) || value.indexOf('/') >= 0) {
      throw new IllegalArgumentException("invalid " + what + " for a store key: '" + value + "'");
    }
    return value;
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }
}
