package io.kubesim.admission.plugins.namespaceautoprovision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.ClusterWriter;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import java.util.Optional;

/**
 * Creates the namespace a new namespaced object names when it does not exist yet. Never changes
 * the object; the namespace stays even if a later plugin denies the request.
 */
public final class NamespaceAutoProvision implements MutatingPlugin {

  public static final String NAME = "NamespaceAutoProvision";

  private static final GroupKind NAMESPACE_KIND = new GroupKind("", "Namespace");

  private final ClusterView cluster;
  private final ClusterWriter writer;

  public NamespaceAutoProvision(ClusterView cluster, ClusterWriter writer) {
    this.cluster = cluster;
    this.writer = writer;
  }

  /** The factory; NamespaceAutoProvision takes no configuration. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME,
        environment -> new NamespaceAutoProvision(environment.cluster(), environment.writer()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation == Operation.CREATE;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    // a dry run must not leave a namespace behind
    if (request.dryRun() || request.namespace().isEmpty()
        || NAMESPACE_KIND.equals(request.kind().groupKind())) {
      return;
    }
    if (lookup(request).isPresent()) {
      return;
    }
    ObjectNode namespace = ObjectMappers.json().createObjectNode();
    namespace.put("apiVersion", "v1").put("kind", "Namespace");
    namespace.putObject("metadata").put("name", request.namespace());
    try {
      writer.create(KnownResources.NAMESPACES, "", namespace);
    } catch (StatusException e) {
      // another request created it first: just as good
      if (!"AlreadyExists".equals(e.status().reason())) {
        throw StatusErrors.forbidden(request, e);
      }
    } catch (RuntimeException e) {
      throw StatusErrors.forbidden(request, String.valueOf(e.getMessage()));
    }
  }

  private Optional<ObjectNode> lookup(AdmissionRequest request) {
    try {
      return cluster.get(KnownResources.NAMESPACES, "", request.namespace());
    } catch (StatusException e) {
      throw StatusErrors.forbidden(request, e);
    } catch (RuntimeException e) {
      throw StatusErrors.forbidden(request, String.valueOf(e.getMessage()));
    }
  }
}
