package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonDiff;
import io.kubesim.admission.AdmissionChain;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.TraceEntry.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the two admission phases as traced pipeline stages: {@code mutating-admission} records
 * the whole phase's JSON patch, {@code validating-admission} relies on the chain, which never
 * lets validators change the object. Each plugin's own entry follows its stage entry. A denial
 * is thrown as the plugin's Status.
 */
public final class AdmissionStage {

  private final AdmissionChain chain;

  public AdmissionStage(AdmissionChain chain) {
    this.chain = chain;
  }

  /** Runs the mutating phase; {@code request.object()} may change in place. */
  public List<String> mutate(AdmissionRequest request, RequestTrace trace) {
    long start = System.nanoTime();
    ObjectNode before = request.object() == null ? null : request.object().deepCopy();
    AdmissionResult result = chain.mutate(request);
    JsonNode patch = null;
    Decision decision = Decision.ADMITTED;
    if (before != null && !result.denied()) {
      // an empty diff is how an unchanged object shows; comparing first would walk it twice
      JsonNode diff = JsonDiff.asJson(before, request.object());
      if (!diff.isEmpty()) {
        patch = diff;
        decision = Decision.MUTATED;
      }
    }
    return finish("mutating-admission", result, decision, patch, trace, start);
  }

  /** Runs the validating phase; the chain hands validators a copy of the object. */
  public List<String> validate(AdmissionRequest request, RequestTrace trace) {
    long start = System.nanoTime();
    AdmissionResult result = chain.validate(request);
    return finish("validating-admission", result, Decision.ADMITTED, null, trace, start);
  }

  private static List<String> finish(String stage, AdmissionResult result, Decision decision,
      JsonNode patch, RequestTrace trace, long start) {
    trace.annotate(result.auditAnnotations());
    if (result.denied()) {
      trace.add(stage, Decision.DENIED, null, result.denial().getMessage(), start);
      trace.addAll(result.trace());
      throw result.denial();
    }
    trace.add(stage, decision, patch, "", start);
    trace.addAll(result.trace());
    return new ArrayList<>(result.warnings());
  }
}
