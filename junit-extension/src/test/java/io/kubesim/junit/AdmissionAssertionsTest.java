package io.kubesim.junit;

import static io.kubesim.junit.AdmissionAssertions.assertAdmission;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.TraceEntry.Decision;
import io.kubesim.simulator.journal.RequestRecord;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/** The admission assertions pass and fail where they should, and failures print the trace. */
class AdmissionAssertionsTest {

  private static final String DENIAL = "pods \"web\" is forbidden: spec.containers[0]"
      + ".imagePullPolicy: Unsupported value: \"IfNotPresent\": supported values: \"Always\"";

  /** A pod create: AlwaysPullImages mutates, a webhook rewrites, AlwaysPullImages denies. */
  static final RequestRecord DENIED_POD = record(403,
      entry("authentication", "stage", Decision.ADMITTED, null, ""),
      entry("AlwaysAdmit", "mutating", Decision.SKIPPED, null, ""),
      entry("AlwaysPullImages", "mutating", Decision.MUTATED,
          "[{\"op\":\"add\",\"path\":\"/spec/containers/0/imagePullPolicy\",\"value\":\"Always\"}]",
          ""),
      entry("cache.example.com", "mutating", Decision.MUTATED,
          "[{\"op\":\"add\",\"path\":\"/spec/containers/0/resources\","
              + "\"value\":{\"limits\":{\"cpu\":\"1\"}}}]", ""),
      entry("validating-admission", "stage", Decision.DENIED, null, DENIAL),
      entry("AlwaysPullImages", "validating", Decision.DENIED, null, DENIAL));

  static Stream<Arguments> passing() {
    return Stream.of(
        passes("deniedBy names the denying plugin", a -> a.deniedBy("AlwaysPullImages")),
        passes("withMessageContaining matches part of the denial",
            a -> a.deniedBy("AlwaysPullImages").withMessageContaining("Unsupported value")),
        passes("mutatedBy(...).at matches the exact path",
            a -> a.mutatedBy("AlwaysPullImages").at("/spec/containers/0/imagePullPolicy")),
        passes("at matches a path inside an added value",
            a -> a.mutatedBy("cache.example.com").at("/spec/containers/0/resources/limits/cpu")),
        passes("at matches a parent of the changed path",
            a -> a.mutatedBy("AlwaysPullImages").at("/spec/containers/0")),
        passes("ranInOrder accepts plugins in execution order with others between",
            a -> a.ranInOrder("AlwaysPullImages", "cache.example.com", "AlwaysPullImages")),
        passes("admittedBy accepts a plugin that mutated", a -> a.admittedBy("cache.example.com")),
        passes("notRun accepts a skipped plugin", a -> a.notRun("AlwaysAdmit")),
        passes("hasCode checks the answer", a -> a.hasCode(403)));
  }

  static Stream<Arguments> failing() {
    return Stream.of(
        fails("deniedBy another plugin names who denied",
            a -> a.deniedBy("PodSecurity"), "but AlwaysPullImages denied it"),
        fails("a message that does not match is quoted",
            a -> a.deniedBy("AlwaysPullImages").withMessageContaining("privileged"),
            "to contain \"privileged\", but it was \"pods \"web\" is forbidden"),
        fails("a mutation elsewhere lists the changed paths",
            a -> a.mutatedBy("AlwaysPullImages").at("/metadata/labels"),
            "but its patch changed [/spec/containers/0/imagePullPolicy]"),
        fails("a plugin that did not mutate says what it did",
            a -> a.mutatedBy("AlwaysAdmit"), "skipped the request"),
        fails("a plugin that never ran is reported as such",
            a -> a.mutatedBy("LimitRanger"), "did not run (is it enabled?)"),
        fails("the wrong order names the plugins that ran",
            a -> a.ranInOrder("cache.example.com", "AlwaysPullImages", "cache.example.com"),
            "the plugins that ran: [AlwaysPullImages, cache.example.com, AlwaysPullImages]"),
        fails("admittedBy rejects a plugin that denied in one phase",
            a -> a.admittedBy("AlwaysPullImages"), "denied it in the validating phase"),
        fails("notDenied names the denial", RequestAdmissionAssert::notDenied,
            "but AlwaysPullImages denied the request"),
        fails("notRun rejects a plugin that ran", a -> a.notRun("cache.example.com"),
            "mutated it in the mutating phase"),
        fails("hasCode names the actual code", a -> a.hasCode(201), "answered with 403"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passing")
  void assertionsPassWhenTheTraceAgrees(String behaviour,
      Consumer<RequestAdmissionAssert> assertion) {
    assertThatCode(() -> assertion.accept(assertAdmission(DENIED_POD))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void failuresExplainThemselvesAndPrintTheWholeTrace(String behaviour,
      Consumer<RequestAdmissionAssert> assertion, String explanation) {
    assertThatThrownBy(() -> assertion.accept(assertAdmission(DENIED_POD)))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(explanation)
        .hasMessageContaining("POST /api/v1/namespaces/default/pods → 403")
        .hasMessageContaining("  mutating    AlwaysPullImages      MUTATED   add "
            + "/spec/containers/0/imagePullPolicy \"Always\"")
        .hasMessageContaining("  validating  AlwaysPullImages      DENIED    " + DENIAL);
  }

  private static Arguments passes(String name, Consumer<RequestAdmissionAssert> assertion) {
    return arguments(name, assertion);
  }

  private static Arguments fails(String name, Consumer<RequestAdmissionAssert> assertion,
      String explanation) {
    return arguments(name, assertion, explanation);
  }

  private static RequestRecord record(int code, TraceEntry... trace) {
    return new RequestRecord("id", Instant.EPOCH, "POST", "/api/v1/namespaces/default/pods",
        "kubesim-admin", "create", "pods", "default", "", code, 1_000_000, List.of(trace));
  }

  private static TraceEntry entry(String name, String phase, Decision decision, String patch,
      String message) {
    try {
      JsonNode p = patch == null ? null : ObjectMappers.json().readTree(patch);
      return new TraceEntry(name, phase, decision, p, message, 1000);
    } catch (Exception e) {
      throw new IllegalArgumentException(patch, e);
    }
  }
}
