package io.kubesim.admission;

/**
 * Runs admission plugins in upstream order: the mutating phase, then (after schema validation,
 * which the caller does) the validating phase. Each phase stops at the first denial.
 *
 * <p>Implementations never throw for a denial; they return it in the {@link AdmissionResult}
 * together with the trace of every plugin that ran, so the caller can journal what happened.
 */
public interface AdmissionChain {

  /** Runs every mutating plugin that handles the request; may change {@code request.object()}. */
  AdmissionResult mutate(AdmissionRequest request);

  /** Runs every validating plugin that handles the request; never changes the object. */
  AdmissionResult validate(AdmissionRequest request);

  /** A chain with no plugins: admits everything unchanged. */
  static AdmissionChain empty() {
    return new AdmissionChain() {
      @Override
      public AdmissionResult mutate(AdmissionRequest request) {
        return AdmissionResult.admitted(java.util.List.of());
      }

      @Override
      public AdmissionResult validate(AdmissionRequest request) {
        return AdmissionResult.admitted(java.util.List.of());
      }
    };
  }
}
