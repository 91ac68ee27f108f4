package io.kubesim.admission.plugins.podtolerationrestriction;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.pods.PodRequests;
import io.kubesim.admission.pods.PodToleration;
import io.kubesim.admission.status.StatusErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges the namespace's (else the cluster's) default tolerations into new pods, adds the
 * memory-pressure toleration to pods that are not BestEffort, and rejects pods with a
 * toleration outside the namespace's (else the cluster's) whitelist.
 */
public final class PodTolerationRestriction implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "PodTolerationRestriction";

  /** The kubelet's taint while a node is short of memory; only BestEffort pods avoid it. */
  public static final PodToleration MEMORY_PRESSURE =
      PodToleration.exists("node.kubernetes.io/memory-pressure", PodToleration.NO_SCHEDULE);

  private final PodTolerationRestrictionConfiguration configuration;
  private final ClusterView cluster;

  public PodTolerationRestriction(PodTolerationRestrictionConfiguration configuration,
      ClusterView cluster) {
    this.configuration = configuration;
    this.cluster = cluster;
  }

  /** The factory; the configuration is a {@code podtolerationrestriction} Configuration. */
  public static PluginFactory<PodTolerationRestrictionConfiguration> factory() {
    return PluginFactory.configured(NAME, PodTolerationRestrictionConfiguration::from,
        (configuration, environment) -> new PodTolerationRestriction(configuration,
            environment.cluster()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation == Operation.CREATE || operation == Operation.UPDATE;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    if (ignores(request)) {
      return;
    }
    List<PodToleration> extra = new ArrayList<>();
    // defaults only on create: tolerations a pod was created without stay out on update
    if (request.operation() == Operation.CREATE) {
      extra.addAll(NamespaceTolerations.read(namespace(request), NamespaceTolerations.DEFAULTS)
          .orElse(configuration.defaults()));
    }
    if (!QosClass.isBestEffort(request.object())) {
      extra.add(MEMORY_PRESSURE);
    }
    if (!extra.isEmpty()) {
      List<PodToleration> current = PodToleration.ofPod(request.object());
      List<PodToleration> merged = TolerationSets.merge(current, extra);
      if (!merged.equals(current)) {
        PodToleration.setOnPod(request.object(), merged);
      }
    }
    validate(request, context);
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    if (ignores(request)) {
      return;
    }
    List<PodToleration> tolerations = PodToleration.ofPod(request.object());
    if (tolerations.isEmpty()) {
      return;
    }
    Optional<List<PodToleration>> namespaceWhitelist = NamespaceTolerations.read(
        namespace(request), NamespaceTolerations.WHITELIST);
    List<PodToleration> whitelist = namespaceWhitelist.orElse(configuration.whitelist());
    String scope = namespaceWhitelist.isPresent() ? "namespace" : "cluster";
    if (!TolerationSets.allowedBy(tolerations, whitelist)) {
      // a plain error upstream, so the client sees a 500 without a reason
      throw StatusErrors.plainError("pod tolerations (possibly merged with namespace default "
          + "tolerations) conflict with its " + scope + " whitelist");
    }
  }

  private JsonNode namespace(AdmissionRequest request) {
    return cluster.get(KnownResources.NAMESPACES, "", request.namespace())
        .orElseThrow(() -> StatusErrors.notFound(KnownResources.NAMESPACES,
            request.namespace()));
  }

  private static boolean ignores(AdmissionRequest request) {
    return !PodRequests.isPodWrite(request);
  }
}
