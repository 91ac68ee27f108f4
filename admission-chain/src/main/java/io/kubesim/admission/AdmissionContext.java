package io.kubesim.admission;

/**
 * What a plugin may hand back during one request besides its decision: client warnings, audit
 * annotations, and the mutating phase's reinvocation state.
 */
public interface AdmissionContext {

  /** Adds a text for a {@code Warning} response header; a repeated text is kept once. */
  void addWarning(String warning);

  /**
   * Adds an annotation to the request's audit event.
   *
   * @return false when {@code key} already has a different value, which upstream refuses to
   *     overwrite; the first value stays
   */
  boolean addAuditAnnotation(String key, String value);

  /** The reinvocation state of this request's mutating phase. */
  Reinvocation reinvocation();
}
