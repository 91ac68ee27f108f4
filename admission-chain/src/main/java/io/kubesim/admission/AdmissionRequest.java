package io.kubesim.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Everything an admission plugin may know about one request (upstream's
 * {@code admission.Attributes}).
 *
 * <p>{@code object} is the object being written; mutating plugins change it in place, and the
 * chain records each change as a JSON patch. {@code oldObject} is the stored object for UPDATE
 * and DELETE and must never be changed. Objects are JSON trees so that any kind, built-in or
 * custom, can pass; plugins that want a typed view convert with {@code ObjectMappers}.
 *
 * @param operation CREATE, UPDATE, DELETE or CONNECT
 * @param kind the kind of {@code object}
 * @param resource the resource addressed by the request
 * @param subresource e.g. {@code status}, {@code scale}, or empty
 * @param namespace the namespace, empty for cluster-scoped resources
 * @param name the object's name (may be empty on CREATE with generateName)
 * @param object the new object, or {@code null} for DELETE and CONNECT
 * @param oldObject the stored object, or {@code null} for CREATE
 * @param userInfo who is asking
 * @param dryRun true when nothing will be persisted
 * @param options the operation's options object (CreateOptions, UpdateOptions, ...), or null
 */
public record AdmissionRequest(
    Operation operation,
    GroupVersionKind kind,
    GroupVersionResource resource,
    String subresource,
    String namespace,
    String name,
    ObjectNode object,
    ObjectNode oldObject,
    UserInfo userInfo,
    boolean dryRun,
    ObjectNode options) {

  public AdmissionRequest {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resource, "resource");
    subresource = subresource == null ? "" : subresource;
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
  }

  /** The same request with another object (used to hand validators a deep copy). */
  public AdmissionRequest withObject(ObjectNode newObject) {
    return new AdmissionRequest(operation, kind, resource, subresource, namespace, name,
        newObject, oldObject, userInfo, dryRun, options);
  }
}
