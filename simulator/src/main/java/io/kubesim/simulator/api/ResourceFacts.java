package io.kubesim.simulator.api;

import io.kubesim.admission.GroupVersionKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a release says about one built-in resource beyond its model class: verbs, short names,
 * categories, subresources and storage version. Absent fields take upstream's common case.
 *
 * @param verbs the verbs served; the eight standard ones when absent
 * @param shortNames e.g. {@code po}
 * @param categories e.g. {@code all}
 * @param storedAs the version objects are persisted as ({@code apiVersion Kind}), when not the
 *     served one
 * @param subresources by name
 */
public record ResourceFacts(
    List<String> verbs,
    List<String> shortNames,
    List<String> categories,
    String storedAs,
    Map<String, SubresourceFacts> subresources) {

  /** What a plain stored resource serves. */
  public static final List<String> STANDARD_VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  /** A resource with nothing special about it. */
  public static final ResourceFacts PLAIN = new ResourceFacts(null, null, null, null, null);

  public ResourceFacts {
    verbs = verbs == null ? STANDARD_VERBS : List.copyOf(verbs);
    shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
    categories = categories == null ? List.of() : List.copyOf(categories);
    subresources =
        subresources == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(subresources));
  }

  /** The subresource {@code name} as served under a parent of kind {@code parent}. */
  public Subresource subresource(String name, GroupVersionKind parent) {
    SubresourceFacts facts = subresources.get(name);
    if (facts == null) {
      facts = SubresourceFacts.PLAIN;
    }
    GroupVersionKind kind = facts.kind() == null ? parent : kindReference(facts.kind(), parent);
    return new Subresource(name, kind, facts.verbs().stream().sorted().toList());
  }

  /** The storage version of a type whose served kind is {@code served}. */
  public GroupVersionKind storageVersion(GroupVersionKind served) {
    return storedAs == null ? served : kindReference(storedAs, served);
  }

  /**
   * Reads {@code Kind} (in the parent's group-version), {@code v1 Kind} or {@code group/version
   * Kind}.
   */
  static GroupVersionKind kindReference(String reference, GroupVersionKind parent) {
    String[] parts = reference.trim().split("\\s+");
    if (parts.length == 1) {
      return new GroupVersionKind(parent.group(), parent.version(), parts[0]);
    }
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a kind reference: " + reference);
    }
    int slash = parts[0].indexOf('/');
    return slash < 0
        ? new GroupVersionKind("", parts[0], parts[1])
        : new GroupVersionKind(
            parts[0].substring(0, slash), parts[0].substring(slash + 1), parts[1]);
  }

  /**
   * What a release says about one subresource.
   *
   * @param kind the kind it answers with when not the parent's, as in {@link
   *     ResourceFacts#storedAs}
   * @param verbs its verbs; get, patch and update when absent
   */
  public record SubresourceFacts(String kind, List<String> verbs) {

    static final SubresourceFacts PLAIN = new SubresourceFacts(null, null);

    public SubresourceFacts {
      verbs = verbs == null ? Subresource.READ_WRITE_VERBS : List.copyOf(verbs);
    }
  }
}
