package io.kubesim.simulator.api;

/**
 * What a resource URL addresses: a resource type, optionally a namespace, an object and a
 * subresource, and the verb the HTTP method and query mean for it.
 *
 * @param type the resource type served at the URL's group-version
 * @param namespace the namespace from the URL, empty for cluster scope or all namespaces
 * @param name the object name, empty for collection URLs
 * @param subresource e.g. {@code status}, empty for the main resource
 * @param verb the API verb
 */
public record RequestTarget(
    ResourceType type, String namespace, String name, String subresource, Verb verb) {

  public RequestTarget {
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
    subresource = subresource == null ? "" : subresource;
  }

  /** True for a URL naming one object. */
  public boolean isObject() {
    return !name.isEmpty();
  }
}
