package io.kubesim.junit;

import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.TraceEntry.Decision;
import io.kubesim.simulator.journal.RequestRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on one request's admission: which plugin denied or changed it, which ran and in
 * what order. Plugin entries are those of the admission chain; the pipeline's stages
 * (authentication, validation, storage) are shown in failure messages but never matched.
 */
public final class RequestAdmissionAssert {

  private final RequestRecord request;

  RequestAdmissionAssert(RequestRecord request) {
    this.request = Objects.requireNonNull(request, "request");
  }

  /** The request answered with HTTP {@code code}. */
  public RequestAdmissionAssert hasCode(int code) {
    if (request.code() != code) {
      throw fail("Expected HTTP " + code + ", but the request was answered with "
          + request.code());
    }
    return this;
  }

  /** {@code plugin} denied the request; continue with its message. */
  public PluginEntryAssert deniedBy(String plugin) {
    TraceEntry denial = plugins().stream().filter(e -> e.decision() == Decision.DENIED)
        .findFirst().orElseThrow(() -> fail("Expected the request to be denied by " + plugin
            + ", but no admission plugin denied it"));
    if (!denial.name().equals(plugin)) {
      throw fail("Expected the request to be denied by " + plugin + ", but " + denial.name()
          + " denied it");
    }
    return new PluginEntryAssert(this, List.of(denial));
  }

  /** No admission plugin denied the request. */
  public RequestAdmissionAssert notDenied() {
    plugins().stream().filter(e -> e.decision() == Decision.DENIED).findFirst()
        .ifPresent(e -> {
          throw fail("Expected no admission denial, but " + e.name() + " denied the request: "
              + e.message());
        });
    return this;
  }

  /** {@code plugin} changed the object; continue with where. */
  public PluginEntryAssert mutatedBy(String plugin) {
    List<TraceEntry> mutations = entriesOf(plugin).stream()
        .filter(e -> e.decision() == Decision.MUTATED).toList();
    if (mutations.isEmpty()) {
      throw fail("Expected " + plugin + " to mutate the object, but it "
          + whatHappenedTo(plugin));
    }
    return new PluginEntryAssert(this, mutations);
  }

  /** {@code plugin} ran and let the request through (possibly changing it). */
  public RequestAdmissionAssert admittedBy(String plugin) {
    List<TraceEntry> entries = entriesOf(plugin);
    boolean admitted = !entries.isEmpty() && entries.stream().allMatch(e ->
        e.decision() == Decision.ADMITTED || e.decision() == Decision.MUTATED);
    if (!admitted) {
      throw fail("Expected " + plugin + " to admit the request, but it " + whatHappenedTo(plugin));
    }
    return this;
  }

  /** {@code plugin} did not run: disabled, or skipped the request's operation. */
  public RequestAdmissionAssert notRun(String plugin) {
    if (!entriesOf(plugin).isEmpty()) {
      throw fail("Expected " + plugin + " not to run, but it " + whatHappenedTo(plugin));
    }
    return this;
  }

  /**
   * The named plugins all ran, in this relative order (other plugins may run in between); a
   * plugin of both phases counts at each of its positions.
   */
  public RequestAdmissionAssert ranInOrder(String... plugins) {
    List<String> ran = plugins().stream().map(TraceEntry::name).toList();
    int at = 0;
    for (String wanted : plugins) {
      int found = ran.subList(at, ran.size()).indexOf(wanted);
      if (found < 0) {
        throw fail("Expected the plugins to run in the order " + Arrays.asList(plugins)
            + ", but " + wanted + (ran.contains(wanted) ? " did not run after "
            + ran.subList(0, at) : " did not run") + "; the plugins that ran: " + ran);
      }
      at += found + 1;
    }
    return this;
  }

  AssertionFailedError fail(String message) {
    return new AssertionFailedError(message + "\n\n" + TraceFormat.of(request));
  }

  // plugin entries that ran: stage entries and SKIPPED plugins are left out
  private List<TraceEntry> plugins() {
    return request.trace().stream()
        .filter(e -> !e.phase().equals("stage") && e.decision() != Decision.SKIPPED).toList();
  }

  private List<TraceEntry> entriesOf(String plugin) {
    return plugins().stream().filter(e -> e.name().equals(plugin)).toList();
  }

  private String whatHappenedTo(String plugin) {
    List<TraceEntry> entries = entriesOf(plugin);
    if (entries.isEmpty()) {
      boolean skipped = request.trace().stream().anyMatch(e -> e.name().equals(plugin));
      return skipped ? "skipped the request" : "did not run (is it enabled?)";
    }
    return entries.stream().map(e -> e.decision().name().toLowerCase() + " it in the "
        + e.phase() + " phase").reduce((a, b) -> a + " and " + b).orElseThrow();
  }
}
