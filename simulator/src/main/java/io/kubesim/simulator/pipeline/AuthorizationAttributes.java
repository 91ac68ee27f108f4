package io.kubesim.simulator.pipeline;

import io.kubesim.simulator.api.RequestTarget;

/**
 * What an authorizer decides on, without the user (upstream's {@code authorizer.Attributes}):
 * a verb on a resource, or a verb on a non-resource path such as {@code /healthz}. Verbs are any
 * string, since access reviews ask about {@code use}, {@code bind}, {@code escalate} or {@code *}.
 *
 * @param verb e.g. {@code get}, {@code create}, {@code *}
 * @param group the API group, empty for core
 * @param version the API version, possibly empty
 * @param resource e.g. {@code pods}, {@code *}; empty for non-resource requests
 * @param subresource e.g. {@code status}, or empty
 * @param namespace the namespace, empty for cluster scope or all namespaces
 * @param name the object name, or empty
 * @param path the URL path of a non-resource request, empty for resource requests
 * @param resourceRequest true for a resource request, false for a non-resource path
 */
public record AuthorizationAttributes(
    String verb,
    String group,
    String version,
    String resource,
    String subresource,
    String namespace,
    String name,
    String path,
    boolean resourceRequest) {

  public AuthorizationAttributes {
    verb = verb == null ? "" : verb;
    group = group == null ? "" : group;
    version = version == null ? "" : version;
    resource = resource == null ? "" : resource;
    subresource = subresource == null ? "" : subresource;
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
    path = path == null ? "" : path;
  }

  /** The attributes of a request to {@code target}. */
  public static AuthorizationAttributes of(RequestTarget target) {
    return new AuthorizationAttributes(target.verb().apiName(), target.type().group(),
        target.type().version(), target.type().plural(), target.subresource(), target.namespace(),
        target.name(), "", true);
  }

  /** A verb on a non-resource path, e.g. {@code get /healthz}. */
  public static AuthorizationAttributes nonResource(String verb, String path) {
    return new AuthorizationAttributes(verb, "", "", "", "", "", "", path, false);
  }
}
