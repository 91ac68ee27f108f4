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
 * the whole phase's JSON patch, {@code validating-admission} hands validators a deep copy. Each
 * plugin's own entry follows its stage entry. A denial is thrown as the plugin's Status.
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
    if (before != null && !before.equals(request.object())) {
      patch = JsonDiff.asJson(before, request.object());
      decision = Decision.MUTATED;
    }
    return finish("mutating-admission", result, decision, patch, trace, start);
  }

  /** Runs the validating phase on a deep copy of the object. */
  public List<String> validate(AdmissionRequest request, RequestTrace trace) {
    long start = System.nanoTime();
    ObjectNode copy = request.object() == null ? null : request.object().deepCopy();
    AdmissionResult result = chain.validate(request.withObject(copy));
    return finish("validating-admission", result, Decision.ADMITTED, null, trace, start);
  }

  private static List<String> finish(String stage, AdmissionResult result, Decision decision,
      JsonNode patch, RequestTrace trace, long start) {
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
