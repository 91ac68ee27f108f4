package io.kubesim.admission.plugins.defaulttolerationseconds;

import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.ObjectKinds;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.pods.PodRequests;
import io.kubesim.admission.pods.PodToleration;
import java.util.List;

/**
 * Adds {@code NoExecute} tolerations for the {@code not-ready} and {@code unreachable} node taints
 * to every pod that does not already tolerate them, so that pods leave a failed node after a
 * bounded time (300 seconds unless configured).
 */
public final class DefaultTolerationSeconds implements MutatingPlugin {

  public static final String NAME = "DefaultTolerationSeconds";

  /** The taint the node lifecycle controller puts on a node whose kubelet reports not ready. */
  public static final String NOT_READY = "node.kubernetes.io/not-ready";

  /** The taint the node lifecycle controller puts on a node that stopped reporting. */
  public static final String UNREACHABLE = "node.kubernetes.io/unreachable";

  private final PodToleration notReady;
  private final PodToleration unreachable;

  public DefaultTolerationSeconds(TolerationSecondsConfiguration configuration) {
    this.notReady = new PodToleration(NOT_READY, PodToleration.EXISTS, "",
        PodToleration.NO_EXECUTE, configuration.notReadySeconds());
    this.unreachable = new PodToleration(UNREACHABLE, PodToleration.EXISTS, "",
        PodToleration.NO_EXECUTE, configuration.unreachableSeconds());
  }

  /** The factory; the configuration holds upstream's two command-line flags. */
  public static PluginFactory<TolerationSecondsConfiguration> factory() {
    return PluginFactory.configured(NAME, TolerationSecondsConfiguration::from,
        (configuration, environment) -> new DefaultTolerationSeconds(configuration));
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
    if (!PodRequests.addressesPods(request)) {
      return;
    }
    PodRequests.requirePod(request, "expected *api.Pod but got " + ObjectKinds.goTypeName(request));
    List<PodToleration> tolerations = PodToleration.ofPod(request.object());
    // operator, value and seconds do not matter: any toleration of the taint's key and effect
    // (or of every key, or every effect) already decides how long the pod stays
    if (tolerations.stream().noneMatch(t -> tolerates(t, NOT_READY))) {
      PodToleration.appendToPod(request.object(), notReady);
    }
    if (tolerations.stream().noneMatch(t -> tolerates(t, UNREACHABLE))) {
      PodToleration.appendToPod(request.object(), unreachable);
    }
  }

  private static boolean tolerates(PodToleration toleration, String taintKey) {
    return (toleration.key().equals(taintKey) || toleration.key().isEmpty())
        && (toleration.effect().equals(PodToleration.NO_EXECUTE)
            || toleration.effect().isEmpty());
  }
}
