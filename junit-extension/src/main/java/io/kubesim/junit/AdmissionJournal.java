package io.kubesim.junit;

import io.kubesim.simulator.journal.RequestJournal;
import io.kubesim.simulator.journal.RequestRecord;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * The requests the simulator served during the current test, each with its admission trace:
 * what to hand to {@link AdmissionAssertions#assertAdmission}. The extension empties it whenever
 * it resets the cluster, so a test sees only its own requests (and those of clients it left
 * running, such as informers: prefer {@link #lastWrite()} to {@link #last()}).
 *
 * <p>Against a real cluster there are no traces: every method then aborts the test with the
 * reason, so a suite shared between kubesim and a real cluster reports those checks as skipped
 * instead of failing.
 */
public final class AdmissionJournal {

  private static final Set<String> WRITES =
      Set.of("create", "update", "patch", "delete", "deletecollection");

  private final RequestJournal journal;
  private final String unavailableReason;

  private AdmissionJournal(RequestJournal journal, String unavailableReason) {
    this.journal = journal;
    this.unavailableReason = unavailableReason;
  }

  static AdmissionJournal of(RequestJournal journal) {
    return new AdmissionJournal(journal, null);
  }

  static AdmissionJournal unavailable(String reason) {
    return new AdmissionJournal(null, reason);
  }

  /** True when traces are recorded, i.e. when the tests run against kubesim. */
  public boolean isAvailable() {
    return journal != null;
  }

  /** Every retained request, oldest first. */
  public List<RequestRecord> requests() {
    return journal().all();
  }

  /** The requests that changed state (create, update, patch, delete), oldest first. */
  public List<RequestRecord> writes() {
    return requests().stream().filter(AdmissionJournal::isWrite).toList();
  }

  /** The most recent request of any kind. */
  public RequestRecord last() {
    return lastMatching(r -> true, "no request was served");
  }

  /** The most recent write: the request whose admission a test usually checks. */
  public RequestRecord lastWrite() {
    return lastMatching(AdmissionJournal::isWrite, "no write request was served");
  }

  /**
   * The most recent write to {@code resource}, given as the plural with its group, e.g.
   * {@code pods} or {@code deployments.apps}.
   */
  public RequestRecord lastWrite(String resource) {
    return lastMatching(r -> isWrite(r) && r.resource().equals(resource),
        "no write request to " + resource + " was served");
  }

  /** Forgets every request served so far. */
  public void clear() {
    journal().clear();
  }

  private RequestRecord lastMatching(Predicate<RequestRecord> wanted, String none) {
    List<RequestRecord> all = requests();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (wanted.test(all.get(i))) {
        return all.get(i);
      }
    }
    throw new AssertionFailedError(none + "; the journal holds:\n" + TraceFormat.summaries(all));
  }

  private RequestJournal journal() {
    if (journal == null) {
      Assumptions.abort(unavailableReason);
    }
    return journal;
  }

  private static boolean isWrite(RequestRecord record) {
    return WRITES.contains(record.verb());
  }
}
