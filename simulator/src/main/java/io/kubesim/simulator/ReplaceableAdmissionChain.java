package io.kubesim.simulator;

import io.kubesim.admission.AdmissionChain;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.chain.OrderedAdmissionChain;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.ClusterWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's admission chain, rebuilt when a test adds plugins at run time. Each request
 * reads the current chain once per phase, so a rebuild never changes a phase half-way.
 */
final class ReplaceableAdmissionChain implements AdmissionChain {

  private final SimulatorOptions options;
  private final ClusterView cluster;
  private final ClusterWriter writer;
  private volatile OrderedAdmissionChain current;
  private volatile List<AdmissionPlugin> runtimePlugins = List.of();

  ReplaceableAdmissionChain(SimulatorOptions options, ClusterView cluster, ClusterWriter writer) {
    this.options = options;
    this.cluster = cluster;
    this.writer = writer;
    this.current = build(List.of());
  }

  /** The start-up warnings of the chain built from the options alone. */
  List<String> startupWarnings() {
    return current.startupWarnings();
  }

  /** Rebuilds the chain with the options' plugins followed by {@code plugins}. */
  synchronized void replaceRuntimePlugins(List<? extends AdmissionPlugin> plugins) {
    List<AdmissionPlugin> next = List.copyOf(plugins);
    if (next.isEmpty() && runtimePlugins.isEmpty()) {
      return; // nothing to rebuild: keeps reset() cheap
    }
    current = build(next);
    runtimePlugins = next;
  }

  /** The plugins added at run time. */
  List<AdmissionPlugin> runtimePlugins() {
    return runtimePlugins;
  }

  @Override
  public AdmissionResult mutate(AdmissionRequest request) {
    return current.mutate(request);
  }

  @Override
  public AdmissionResult validate(AdmissionRequest request) {
    return current.validate(request);
  }

  private OrderedAdmissionChain build(List<AdmissionPlugin> extra) {
    List<AdmissionPlugin> custom = new ArrayList<>(options.plugins());
    custom.addAll(extra);
    Clock clock = options.clock();
    IdSource ids = options.ids();
    return OrderedAdmissionChain.builder().settings(options.admission()).cluster(cluster)
        .writer(writer).clock(clock).ids(ids).customPlugins(custom).build();
  }
}
