package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kubesim.admission.AdmissionChain;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.TraceEntry.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the two admission phases as traced pipeline stages: {@code mutating-admission} records
 * the whole phase's JSON patch, {@code validating-admission} runs the validators (on the deep
 * copy the chain makes). Each
 * plugin's own entry follows its stage entry. A denial is thrown as the plugin's Status.
 */
public final class AdmissionStage {

  private final AdmissionChain chain;

  public AdmissionStage(AdmissionChain chain) {
    this.chain = chain;
  }

  /**
   * Runs the mutating phase; {@code request.object()} may change in place. The stage's patch is
   * its plugins' patches one after the other, worked out when read.
   */
  public List<String> mutate(AdmissionRequest request, RequestTrace trace) {
    long start = System.nanoTime();
    AdmissionResult result = chain.mutate(request);
    List<TraceEntry> mutations = result.trace().stream()
        .filter(e -> e.decision() == Decision.MUTATED).toList();
    finish("mutating-admission", result, trace, start);
    if (mutations.isEmpty()) {
      trace.add("mutating-admission", Decision.ADMITTED, null, "", start);
    } else {
      trace.addLazy("mutating-admission", Decision.MUTATED, () -> concatenated(mutations), start);
    }
    trace.addAll(result.trace());
    return new ArrayList<>(result.warnings());
  }

  /** Runs the validating phase; the chain hands validators a deep copy of the object. */
  public List<String> validate(AdmissionRequest request, RequestTrace trace) {
    long start = System.nanoTime();
    AdmissionResult result = chain.validate(request);
    finish("validating-admission", result, trace, start);
    trace.add("validating-admission", Decision.ADMITTED, null, "", start);
    trace.addAll(result.trace());
    return new ArrayList<>(result.warnings());
  }

  private static void finish(String stage, AdmissionResult result, RequestTrace trace,
      long start) {
    trace.annotate(result.auditAnnotations());
    if (result.denied()) {
      trace.add(stage, Decision.DENIED, null, result.denial().getMessage(), start);
      trace.addAll(result.trace());
      throw result.denial();
    }
  }

  // applying the plugins' patches in order takes the object from before the phase to after it
  private static JsonNode concatenated(List<TraceEntry> mutations) {
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    mutations.forEach(e -> all.addAll((ArrayNode) e.patch()));
    return all;
  }
}
