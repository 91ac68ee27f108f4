package io.kubesim.admission.plugins.namespacelifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusCause;
import io.kubesim.admission.status.StatusErrors;
import java.util.Optional;
import java.util.Set;

/**
 * Rejects new content in namespaces that do not exist or are being terminated, and the deletion
 * of the namespaces a cluster cannot live without. Never changes the object.
 */
public final class NamespaceLifecycle implements MutatingPlugin {

  public static final String NAME = "NamespaceLifecycle";

  /** The namespaces upstream registers as immortal: they may never be deleted. */
  public static final Set<String> IMMORTAL_NAMESPACES =
      Set.of("default", "kube-system", "kube-public");

  private static final GroupKind NAMESPACE_KIND = new GroupKind("", "Namespace");
  private static final GroupResource LOCAL_SUBJECT_ACCESS_REVIEWS =
      new GroupResource("authorization.k8s.io", "localsubjectaccessreviews");

  private final ClusterView cluster;

  public NamespaceLifecycle(ClusterView cluster) {
    this.cluster = cluster;
  }

  /** The factory; NamespaceLifecycle takes no configuration. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME,
        environment -> new NamespaceLifecycle(environment.cluster()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation != Operation.CONNECT;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    boolean namespaceKind = NAMESPACE_KIND.equals(request.kind().groupKind());
    if (request.operation() == Operation.DELETE && namespaceKind
        && IMMORTAL_NAMESPACES.contains(request.name())) {
      throw StatusErrors.forbidden(request.resource().groupResource(), request.name(),
          "this namespace may not be deleted");
    }
    // namespaces themselves may always be written; cluster-scoped objects belong to none
    if (namespaceKind || request.namespace().isEmpty()) {
      return;
    }
    if (request.operation() == Operation.DELETE) {
      return;
    }
    // answering would tell the caller whether the namespace exists
    if (LOCAL_SUBJECT_ACCESS_REVIEWS.equals(request.resource().groupResource())) {
      return;
    }
    ObjectNode namespace = lookup(request.namespace())
        .orElseThrow(() -> StatusErrors.notFound(KnownResources.NAMESPACES, request.namespace()));
    String phase = namespace.path("status").path("phase").asText("");
    if (request.operation() == Operation.CREATE && phase.equals("Terminating")) {
      throw StatusErrors.withCause(
          StatusErrors.forbidden(request, "unable to create new content in namespace "
              + request.namespace() + " because it is being terminated"),
          new StatusCause("NamespaceTerminating",
              "namespace " + request.namespace() + " is being terminated", "metadata.namespace"));
    }
  }

  // The view is always current, so upstream's stale-cache defences (a 50ms second look for a
  // missing namespace, forced live reads after a namespace deletion) have nothing to correct.
  private Optional<ObjectNode> lookup(String namespace) {
    try {
      return cluster.get(KnownResources.NAMESPACES, "", namespace);
    } catch (RuntimeException e) {
      throw StatusErrors.internalError(String.valueOf(e.getMessage()));
    }
  }
}
