package io.kubesim.admission.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.TraceEntry.Decision;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import java.util.function.Supplier;

/**
 * A decorator around one plugin that turns each call into a traced outcome: it times the call,
 * records what a mutating call changed as an RFC 6902 patch, and turns a thrown failure into the
 * Status upstream would answer. Plugins know nothing of it.
 */
final class TracedPlugin {

  /** What one call produced: its trace entry, and the denial if the plugin refused. */
  record Outcome(TraceEntry entry, StatusException denial) {}

  private final AdmissionPlugin plugin;

  TracedPlugin(AdmissionPlugin plugin) {
    this.plugin = plugin;
  }

  String name() {
    return plugin.name();
  }

  boolean handles(Operation operation) {
    return plugin.handles(operation);
  }

  boolean isMutating() {
    return plugin instanceof MutatingPlugin;
  }

  boolean isValidating() {
    return plugin instanceof ValidatingPlugin;
  }

  /** The entry of a plugin that does not handle the request's operation. */
  Outcome skipped(String phase) {
    return new Outcome(new TraceEntry(name(), phase, Decision.SKIPPED, null, "", 0), null);
  }

  Outcome admit(AdmissionRequest request, AdmissionContext context, String phase,
      MutationTracker changes) {
    long start = System.nanoTime();
    StatusException denial = run(() -> ((MutatingPlugin) plugin).admit(request, context));
    long duration = System.nanoTime() - start;
    Supplier<JsonNode> patch = changes.changesTo(request.object());
    Decision decision = denial != null ? Decision.DENIED
        : patch != null ? Decision.MUTATED : Decision.ADMITTED;
    String message = denial == null ? "" : denial.getMessage();
    TraceEntry entry = patch == null
        ? new TraceEntry(name(), phase, decision, null, message, duration)
        : TraceEntry.withLazyPatch(name(), phase, decision, patch, message, duration);
    return new Outcome(entry, denial);
  }

  Outcome validate(AdmissionRequest request, AdmissionContext context) {
    long start = System.nanoTime();
    StatusException denial = run(() -> ((ValidatingPlugin) plugin).validate(request, context));
    long duration = System.nanoTime() - start;
    Decision decision = denial != null ? Decision.DENIED : Decision.ADMITTED;
    return outcome(TraceEntry.VALIDATING, decision, null, denial, duration);
  }

  private Outcome outcome(String phase, Decision decision, JsonNode patch,
      StatusException denial, long duration) {
    String message = denial == null ? "" : denial.getMessage();
    return new Outcome(new TraceEntry(name(), phase, decision, patch, message, duration), denial);
  }

  private static StatusException run(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException e) {
      return StatusErrors.fromPluginFailure(e);
    }
  }
}
