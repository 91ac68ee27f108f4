package io.kubesim.simulator.api;

import io.kubesim.admission.GroupResource;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.GroupVersionResource;
import java.util.List;
import java.util.Set;

/**
 * One served resource type: everything routing, discovery, storage and validation need to know.
 *
 * @param group the API group, empty for core
 * @param version the served version, e.g. {@code v1}
 * @param kind the kind, e.g. {@code Deployment}
 * @param plural the resource name in URLs, e.g. {@code deployments}
 * @param singular e.g. {@code deployment}
 * @param namespaced true when objects live in a namespace
 * @param verbs the verbs discovery advertises, e.g. {@code create, delete, get, list, ...}
 * @param shortNames e.g. {@code deploy}
 * @param categories e.g. {@code all}
 * @param subresources served subresources, e.g. {@code status}, {@code scale}
 * @param javaType the fabric8 model class, used for decoding and schema checks; {@code null} for
 *     types without one (custom resources)
 */
public record ResourceType(
    String group,
    String version,
    String kind,
    String plural,
    String singular,
    boolean namespaced,
    List<String> verbs,
    List<String> shortNames,
    List<String> categories,
    Set<String> subresources,
    Class<?> javaType) {

  public ResourceType {
    group = group == null ? "" : group;
    verbs = List.copyOf(verbs);
    shortNames = List.copyOf(shortNames);
    categories = List.copyOf(categories);
    subresources = Set.copyOf(subresources);
  }

  /** {@code v1} or {@code apps/v1}. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  public GroupVersionKind gvk() {
    return new GroupVersionKind(group, version, kind);
  }

  public GroupVersionResource gvr() {
    return new GroupVersionResource(group, version, plural);
  }

  public GroupResource groupResource() {
    return new GroupResource(group, plural);
  }

  /** True when discovery advertises {@code verb}. */
  public boolean supports(String verb) {
    return verbs.contains(verb);
  }
}
