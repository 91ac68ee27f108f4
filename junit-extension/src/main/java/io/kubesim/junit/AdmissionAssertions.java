package io.kubesim.junit;

import io.kubesim.simulator.journal.RequestRecord;

/**
 * Entry point of the fluent assertions on what admission did to a request.
 *
 * <pre>{@code
 * assertAdmission(journal.lastWrite())
 *     .deniedBy("AlwaysDeny").withMessageContaining("admission control is denying");
 * assertAdmission(journal.lastWrite())
 *     .mutatedBy("AlwaysPullImages").at("/spec/containers/0/imagePullPolicy");
 * assertAdmission(journal.lastWrite()).ranInOrder("AlwaysPullImages", "audit.example.com");
 * }</pre>
 *
 * Every failure message ends with the request's whole trace.
 */
public final class AdmissionAssertions {

  private AdmissionAssertions() {}

  /** Assertions on the admission of {@code request}, typically {@link AdmissionJournal#lastWrite()}. */
  public static RequestAdmissionAssert assertAdmission(RequestRecord request) {
    return new RequestAdmissionAssert(request);
  }
}
