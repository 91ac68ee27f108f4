package io.kubesim.admission;

/**
 * A plugin of the mutating phase (upstream's {@code MutationInterface}).
 *
 * <p>{@link #admit} may change {@code request.object()} in place; the chain records each change as
 * a JSON patch. It must be idempotent: running it again on its own output changes nothing,
 * because the chain may run the whole mutating phase a second time (reinvocation).
 */
public interface MutatingPlugin extends AdmissionPlugin {

  /**
   * Admits the request, possibly changing its object.
   *
   * @throws io.kubesim.admission.status.StatusException to deny the request with that Status; any
   *     other runtime exception becomes the 500 error upstream makes of a plain error
   */
  void admit(AdmissionRequest request, AdmissionContext context);
}
