package io.kubesim.admission.chain;

import static io.kubesim.admission.TraceEntry.Decision.ADMITTED;
import static io.kubesim.admission.TraceEntry.Decision.DENIED;
import static io.kubesim.admission.TraceEntry.Decision.MUTATED;
import static io.kubesim.admission.TraceEntry.Decision.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.plugins.alwaysadmit.AlwaysAdmit;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;
import io.kubesim.admission.testing.TestPlugin;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderedAdmissionChainTest {

  private static final Set<Operation> CREATE_ONLY = EnumSet.of(Operation.CREATE);
  private static final Set<Operation> ALL = EnumSet.allOf(Operation.class);

  private static AdmissionRequest createPod() {
    return Requests.pod(Operation.CREATE).name("web")
        .object(Json.object("{'kind':'Pod','metadata':{'name':'web'}}")).build();
  }

  @Test
  void traceRecordsEveryMutatorInOrderWithItsPatch() {
    OrderedAdmissionChain chain = new OrderedAdmissionChain(List.of(
        TestPlugin.mutating("Watcher", ALL, (r, c) -> { }),
        TestPlugin.labelling("Labeller", "team", "blue"),
        TestPlugin.mutating("Deleter", EnumSet.of(Operation.DELETE), (r, c) -> { })), List.of());
    AdmissionRequest request = createPod();

    AdmissionResult result = chain.mutate(request);

    assertThat(result.denied()).isFalse();
    assertThat(result.trace()).extracting(TraceEntry::name, TraceEntry::phase,
        TraceEntry::decision).containsExactly(
            tuple("Watcher", "mutating", ADMITTED),
            tuple("Labeller", "mutating", MUTATED),
            tuple("Deleter", "mutating", SKIPPED));
    assertThat(result.trace().get(0).patch()).isNull();
    assertThat(result.trace().get(1).patch()).isEqualTo(Json.node(
        "[{'op':'add','path':'/metadata/labels','value':{'team':'blue'}}]"));
    assertThat(result.trace()).allSatisfy(e -> assertThat(e.durationNanos()).isNotNegative());
    assertThat(request.object().at("/metadata/labels/team").asText()).isEqualTo("blue");
  }

  @Test
  void eachPatchShowsOnlyItsOwnPluginsChangeWhenReadAfterLaterOnesChangedTheObject() {
    OrderedAdmissionChain chain = new OrderedAdmissionChain(List.of(
        TestPlugin.labelling("First", "team", "blue"),
        TestPlugin.mutating("Quiet", ALL, (r, c) -> { }),
        TestPlugin.labelling("Second", "tier", "web"),
        TestPlugin.labelling("Third", "team", "red")), List.of());
    AdmissionRequest request = createPod();

    AdmissionResult result = chain.mutate(request);
    request.object().withObjectProperty("metadata").put("name", "changed-after-admission");

    assertThat(result.trace()).extracting(TraceEntry::decision)
        .containsExactly(MUTATED, ADMITTED, MUTATED, MUTATED);
    assertThat(result.trace()).extracting(TraceEntry::patch).containsExactly(
        Json.node("[{'op':'add','path':'/metadata/labels','value':{'team':'blue'}}]"),
        null,
        Json.node("[{'op':'add','path':'/metadata/labels/tier','value':'web'}]"),
        Json.node("[{'op':'replace','path':'/metadata/labels/team','value':'red'}]"));
  }

  @Test
  void mutatingPhaseStopsAtTheFirstDenialAndTracesIt() {
    StatusException denial = StatusErrors.forbidden(new GroupResource("", "pods"), "web", "no");
    OrderedAdmissionChain chain = new OrderedAdmissionChain(List.of(
        TestPlugin.mutating("Denier", ALL, (r, c) -> {
          throw denial;
        }),
        TestPlugin.labelling("Never", "ran", "yes")), List.of());
    AdmissionRequest request = createPod();

    AdmissionResult result = chain.mutate(request);

    assertThat(result.denial()).isSameAs(denial);
    assertThat(result.trace()).singleElement().satisfies(entry -> {
      assertThat(entry.decision()).isEqualTo(DENIED);
      assertThat(entry.message()).isEqualTo("pods \"web\" is forbidden: no");
    });
    assertThat(request.object().has("labels")).isFalse();
  }

  static Stream<Arguments> failures() {
    StatusException conflict = StatusErrors.conflict(new GroupResource("", "pods"), "web", "x");
    return Stream.of(
        arguments("a StatusException passes through unchanged", conflict, 409, "Conflict",
            "Operation cannot be fulfilled on pods \"web\": x"),
        arguments("a plain error becomes 500 with an empty reason",
            new IllegalStateException("quota exceeded"), 500, "", "quota exceeded"),
        arguments("a plain error without a message keeps its type as message",
            new NullPointerException(), 500, "", "java.lang.NullPointerException"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void validatorFailureBecomesWhatUpstreamAnswers(String behaviour, RuntimeException thrown,
      int code, String reason, String message) {
    OrderedAdmissionChain chain = new OrderedAdmissionChain(List.of(
        TestPlugin.throwing("Failing", thrown),
        TestPlugin.validating("Later", ALL, (r, c) -> {
          throw new AssertionError("must not run after a denial");
        })), List.of());

    AdmissionResult result = chain.validate(createPod());

    assertThat(result.denial().code()).isEqualTo(code);
    assertThat(result.denial().status().reason()).isEqualTo(reason);
    assertThat(result.denial().getMessage()).isEqualTo(message);
    if (thrown instanceof StatusException) {
      assertThat(result.denial()).isSameAs(thrown);
    }
    assertThat(result.trace()).extracting(TraceEntry::decision).containsExactly(DENIED);
  }

  @Test
  void validatorsGetADeepCopySoTheirChangesAreLost() {
    OrderedAdmissionChain chain = new OrderedAdmissionChain(List.of(
        TestPlugin.validating("Sneaky", ALL,
            (r, c) -> r.object().withObjectProperty("metadata").put("name", "changed"))),
        List.of());
    AdmissionRequest request = createPod();

    AdmissionResult result = chain.validate(request);

    assertThat(result.trace()).extracting(TraceEntry::phase, TraceEntry::decision)
        .containsExactly(tuple("validating", ADMITTED));
    assertThat(request.object().at("/metadata/name").asText()).isEqualTo("web");
  }

  @Test
  void eachPhaseSeesOnlyThePluginsWithThatCapability() {
    AdmissionPlugin both = new AlwaysAdmit();
    OrderedAdmissionChain chain = new OrderedAdmissionChain(List.of(
        TestPlugin.labelling("MutatorOnly", "a", "b"), both,
        TestPlugin.validating("ValidatorOnly", CREATE_ONLY, (r, c) -> { })), List.of());

    assertThat(chain.mutatingPlugins()).containsExactly("MutatorOnly", "AlwaysAdmit");
    assertThat(chain.validatingPlugins()).containsExactly("AlwaysAdmit", "ValidatorOnly");
    assertThat(chain.validate(Requests.pod(Operation.DELETE).name("web").build()).trace())
        .extracting(TraceEntry::name, TraceEntry::decision).containsExactly(
            tuple("AlwaysAdmit", ADMITTED),
            tuple("ValidatorOnly", SKIPPED));
  }

  @Test
  void warningsAndAuditAnnotationsReachTheResult() {
    OrderedAdmissionChain chain = new OrderedAdmissionChain(List.of(
        TestPlugin.mutating("Talker", ALL, (r, c) -> {
          c.addWarning("deprecated field");
          c.addWarning("deprecated field");
          c.addAuditAnnotation("talker.admission.k8s.io/said", "hello");
        })), List.of());

    AdmissionResult result = chain.mutate(createPod());

    assertThat(result.warnings()).containsExactly("deprecated field");
    assertThat(result.auditAnnotations())
        .containsExactly(Map.entry("talker.admission.k8s.io/said", "hello"));
  }
}
