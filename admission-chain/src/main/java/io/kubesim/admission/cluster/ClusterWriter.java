package io.kubesim.admission.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.status.StatusErrors;

/**
 * Creates objects on a plugin's behalf, the way an upstream plugin writes through its API client
 * (NamespaceAutoProvision creating the namespace a request names).
 *
 * <p>The write is a side effect of admission: it stays even when a later plugin denies the
 * request, as upstream's does. The simulator implements this on its store; {@link
 * InMemoryClusterView} implements it for tests.
 */
public interface ClusterWriter {

  /**
   * Creates {@code object} as {@code resource}; the server fills in what it owns (uid,
   * timestamps, initial status).
   *
   * @param namespace the namespace, or empty for cluster-scoped resources
   * @return the object as stored
   * @throws io.kubesim.admission.status.StatusException as the API would answer, e.g. 409
   *     AlreadyExists when the name is taken
   */
  ObjectNode create(GroupResource resource, String namespace, ObjectNode object);

  /** A writer for environments that cannot write: every create is answered with a 405. */
  static ClusterWriter readOnly() {
    return (resource, namespace, object) -> {
      throw StatusErrors.methodNotSupported(resource, "create");
    };
  }
}
