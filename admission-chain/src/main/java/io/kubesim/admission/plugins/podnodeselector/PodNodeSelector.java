package io.kubesim.admission.plugins.podnodeselector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.pods.PodRequests;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;

/**
 * Merges the namespace's node selector into each new pod's {@code spec.nodeSelector} and
 * rejects pods whose selector conflicts with it or leaves the namespace's whitelist.
 *
 * <p>The namespace's selector is its {@code scheduler.alpha.kubernetes.io/node-selector}
 * annotation, even when empty; without the annotation it is the configured cluster default.
 */
public final class PodNodeSelector implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "PodNodeSelector";

  /** The namespace annotation holding the namespace's node selector. */
  public static final String ANNOTATION = "scheduler.alpha.kubernetes.io/node-selector";

  static final String CONFLICT =
      "pod node label selector conflicts with its namespace node label selector";
  static final String NOT_WHITELISTED =
      "pod node label selector labels conflict with its namespace whitelist";

  private final PodNodeSelectorConfiguration configuration;
  private final ClusterView cluster;

  public PodNodeSelector(PodNodeSelectorConfiguration configuration, ClusterView cluster) {
    this.configuration = configuration;
    this.cluster = cluster;
  }

  /** The factory; the configuration is upstream's {@code podNodeSelectorPluginConfig}. */
  public static PluginFactory<PodNodeSelectorConfiguration> factory() {
    return PluginFactory.configured(NAME, PodNodeSelectorConfiguration::from,
        (configuration, environment) -> new PodNodeSelector(configuration,
            environment.cluster()));
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
    if (ignores(request)) {
      return;
    }
    LabelSet namespaceSelector = namespaceSelector(request.namespace());
    LabelSet podSelector = podSelector(request.object());
    if (namespaceSelector.conflictsWith(podSelector)) {
      throw forbidden(request, CONFLICT);
    }
    // the pod's own labels win on shared keys, so merging only adds the namespace's others
    LabelSet merged = namespaceSelector.mergedWith(podSelector);
    if (!merged.equals(podSelector)) {
      ObjectNode spec = request.object().withObjectProperty("spec");
      ObjectNode nodeSelector = spec.get("nodeSelector") instanceof ObjectNode existing
          ? existing : spec.putObject("nodeSelector");
      merged.labels().forEach((key, value) -> {
        if (!nodeSelector.has(key)) {
          nodeSelector.put(key, value);
        }
      });
    }
    validate(request, context);
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    if (ignores(request)) {
      return;
    }
    LabelSet podSelector = podSelector(request.object());
    if (namespaceSelector(request.namespace()).conflictsWith(podSelector)) {
      throw forbidden(request, CONFLICT);
    }
    if (!podSelector.allowedBy(configuration.whitelist(request.namespace()))) {
      throw forbidden(request, NOT_WHITELISTED);
    }
  }

  private LabelSet namespaceSelector(String namespace) {
    JsonNode object = cluster.get(KnownResources.NAMESPACES, "", namespace)
        // upstream's fallback lookup wraps its own plain error as an internal error
        .orElseThrow(() -> StatusErrors.internalError(
            "namespace " + namespace + " does not exist"));
    JsonNode annotation = object.path("metadata").path("annotations").path(ANNOTATION);
    if (!annotation.isTextual()) {
      return configuration.clusterDefaultSelector();
    }
    try {
      return LabelSet.parse(annotation.asText());
    } catch (IllegalArgumentException e) {
      // a plain error upstream, so the client sees a 500 without a reason
      throw StatusErrors.plainError(e.getMessage());
    }
  }

  private static LabelSet podSelector(JsonNode pod) {
    return LabelSet.ofNodeSelector(pod.path("spec").path("nodeSelector"));
  }

  // upstream builds this Forbidden from the pod's own name, not the request's
  private static StatusException forbidden(AdmissionRequest request, String cause) {
    return StatusErrors.forbidden(request.resource().groupResource(),
        request.object().path("metadata").path("name").asText(""), cause);
  }

  private static boolean ignores(AdmissionRequest request) {
    return !PodRequests.isPodWrite(request);
  }
}
