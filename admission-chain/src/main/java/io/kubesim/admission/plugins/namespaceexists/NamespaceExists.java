package io.kubesim.admission.plugins.namespaceexists;

import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusErrors;

/**
 * Rejects every write to a namespaced object whose namespace does not exist, whatever the
 * namespace's phase.
 */
public final class NamespaceExists implements ValidatingPlugin {

  public static final String NAME = "NamespaceExists";

  private static final GroupKind NAMESPACE_KIND = new GroupKind("", "Namespace");

  private final ClusterView cluster;

  public NamespaceExists(ClusterView cluster) {
    this.cluster = cluster;
  }

  /** The factory; NamespaceExists takes no configuration. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME,
        environment -> new NamespaceExists(environment.cluster()));
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
  public void validate(AdmissionRequest request, AdmissionContext context) {
    if (request.namespace().isEmpty() || NAMESPACE_KIND.equals(request.kind().groupKind())) {
      return;
    }
    boolean exists;
    try {
      exists = cluster.get(KnownResources.NAMESPACES, "", request.namespace()).isPresent();
    } catch (RuntimeException e) {
      throw StatusErrors.internalError(String.valueOf(e.getMessage()));
    }
    if (!exists) {
      // upstream passes on its live read's NotFound unchanged: a 404, not a 403
      throw StatusErrors.notFound(KnownResources.NAMESPACES, request.namespace());
    }
  }
}
