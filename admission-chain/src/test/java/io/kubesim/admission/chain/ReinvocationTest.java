package io.kubesim.admission.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.Operation;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;
import io.kubesim.admission.testing.TestPlugin;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chain's reinvoker: at most one more mutating pass, only when a plugin asks for it. */
class ReinvocationTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("nobody asks: one pass", 0, List.of("mutating", "mutating")),
        arguments("a plugin asks in the first pass: every mutator runs again", 1,
            List.of("mutating", "mutating", "mutating-reinvocation", "mutating-reinvocation")),
        arguments("a plugin asks in every pass: still only one extra pass", 99,
            List.of("mutating", "mutating", "mutating-reinvocation", "mutating-reinvocation")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mutatingPhaseRunsOnceMoreOnlyWhenAsked(String behaviour, int requests,
      List<String> phases) {
    List<Boolean> seenReinvoke = new ArrayList<>();
    int[] asked = {0};
    List<AdmissionPlugin> plugins = List.of(
        TestPlugin.mutating("InTree", EnumSet.allOf(Operation.class),
            (r, c) -> seenReinvoke.add(c.reinvocation().isReinvoke())),
        TestPlugin.mutating("Asker", EnumSet.allOf(Operation.class), (r, c) -> {
          if (asked[0]++ < requests) {
            c.reinvocation().requestReinvocation();
          }
        }));

    AdmissionResult result = new OrderedAdmissionChain(plugins, List.of())
        .mutate(Requests.pod(Operation.CREATE).object(Json.object("{}")).build());

    assertThat(result.trace()).extracting(TraceEntry::phase).containsExactlyElementsOf(phases);
    assertThat(seenReinvoke).hasSize(phases.size() / 2);
    assertThat(seenReinvoke.get(0)).isFalse();
  }
}
