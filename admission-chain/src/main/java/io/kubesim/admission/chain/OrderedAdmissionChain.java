package io.kubesim.admission.chain;

import io.kubesim.admission.AdmissionChain;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.chain.TracedPlugin.Outcome;
import io.kubesim.admission.status.StatusException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the enabled plugins in plugin order: the mutating ones, once more if a plugin asked for
 * reinvocation, then (on another call) the validating ones on a deep copy. Each phase skips the
 * plugins that do not handle the operation and stops at the first denial.
 */
public final class OrderedAdmissionChain implements AdmissionChain {

  private final List<TracedPlugin> mutators;
  private final List<TracedPlugin> validators;
  private final List<String> startupWarnings;

  /** A chain of {@code plugins}, which must already be in execution order. */
  public OrderedAdmissionChain(List<? extends AdmissionPlugin> plugins,
      List<String> startupWarnings) {
    List<TracedPlugin> traced = plugins.stream().map(TracedPlugin::new).toList();
    this.mutators = traced.stream().filter(TracedPlugin::isMutating).toList();
    this.validators = traced.stream().filter(TracedPlugin::isValidating).toList();
    this.startupWarnings = List.copyOf(startupWarnings);
  }

  /** A builder that makes a chain from settings, the registry and a cluster view. */
  public static AdmissionChainBuilder builder() {
    return new AdmissionChainBuilder();
  }

  @Override
  public AdmissionResult mutate(AdmissionRequest request) {
    RequestScope scope = new RequestScope();
    List<TraceEntry> trace = new ArrayList<>();
    StatusException denial = admitPass(request, scope, TraceEntry.MUTATING, trace);
    if (denial == null && scope.reinvocationRequested()) {
      scope.beginReinvocation();
      denial = admitPass(request, scope, TraceEntry.MUTATING_REINVOCATION, trace);
    }
    return scope.result(trace, denial);
  }

  @Override
  public AdmissionResult validate(AdmissionRequest request) {
    RequestScope scope = new RequestScope();
    // validators get a deep copy, so none can change what will be stored
    AdmissionRequest copy = request.withObject(
        request.object() == null ? null : request.object().deepCopy());
    List<TraceEntry> trace = new ArrayList<>();
    StatusException denial = run(validators, copy, TraceEntry.VALIDATING,
        plugin -> plugin.validate(copy, scope), trace);
    return scope.result(trace, denial);
  }

  private StatusException admitPass(AdmissionRequest request, RequestScope scope, String phase,
      List<TraceEntry> trace) {
    MutationTracker changes = new MutationTracker(request.object());
    return run(mutators, request, phase, plugin -> plugin.admit(request, scope, phase, changes),
        trace);
  }

  private static StatusException run(List<TracedPlugin> plugins, AdmissionRequest request,
      String phase, Function<TracedPlugin, Outcome> call, List<TraceEntry> trace) {
    for (TracedPlugin plugin : plugins) {
      Outcome outcome = plugin.handles(request.operation()) ? call.apply(plugin)
          : plugin.skipped(phase);
      trace.add(outcome.entry());
      if (outcome.denial() != null) {
        return outcome.denial();
      }
    }
    return null;
  }

  /** The mutating plugins, in execution order. */
  public List<String> mutatingPlugins() {
    return mutators.stream().map(TracedPlugin::name).toList();
  }

  /** The validating plugins, in execution order. */
  public List<String> validatingPlugins() {
    return validators.stream().map(TracedPlugin::name).toList();
  }

  /** What the operator should know about this configuration, to be logged at start-up. */
  public List<String> startupWarnings() {
    return startupWarnings;
  }
}
