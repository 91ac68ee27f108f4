package io.kubesim.admission;

/**
 * A plugin of the validating phase (upstream's {@code ValidationInterface}).
 *
 * <p>{@link #validate} must not change the request's objects. The chain hands validators a deep
 * copy of the object, so a misbehaving validator cannot change what is stored, and every
 * validator is checked by a test that proves it leaves its input untouched.
 */
public interface ValidatingPlugin extends AdmissionPlugin {

  /**
   * Accepts the request or denies it by throwing.
   *
   * @throws io.kubesim.admission.status.StatusException to deny the request with that Status; any
   *     other runtime exception becomes the 500 error upstream makes of a plain error
   */
  void validate(AdmissionRequest request, AdmissionContext context);
}
