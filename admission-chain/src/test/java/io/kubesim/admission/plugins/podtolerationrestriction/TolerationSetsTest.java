package io.kubesim.admission.plugins.podtolerationrestriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.pods.PodToleration;
import io.kubesim.admission.testing.Json;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's {@code pkg/util/tolerations} rules, which the plugin's decisions rest on. */
class TolerationSetsTest {

  private static PodToleration t(String json) {
    return PodToleration.of(Json.node(json));
  }

  private static List<PodToleration> list(String json) {
    return PodToleration.listOf(Json.node(json));
  }

  static Stream<Arguments> supersets() {
    return Stream.of(
        arguments("identical tolerations", "{'key':'a','operator':'Equal','value':'x'}",
            "{'key':'a','operator':'Equal','value':'x'}", true),
        arguments("Exists with an empty key covers every key", "{'operator':'Exists'}",
            "{'key':'a','operator':'Equal','value':'x','effect':'NoSchedule'}", true),
        arguments("an empty key without Exists covers nothing else", "{'operator':'Equal'}",
            "{'key':'a','operator':'Equal'}", false),
        arguments("an empty effect covers every effect", "{'key':'a','operator':'Exists'}",
            "{'key':'a','operator':'Exists','effect':'NoExecute'}", true),
        arguments("another effect is not covered",
            "{'key':'a','operator':'Exists','effect':'NoSchedule'}",
            "{'key':'a','operator':'Exists','effect':'NoExecute'}", false),
        arguments("NoExecute seconds cover shorter seconds",
            "{'key':'a','operator':'Exists','effect':'NoExecute','tolerationSeconds':60}",
            "{'key':'a','operator':'Exists','effect':'NoExecute','tolerationSeconds':30}", true),
        arguments("NoExecute seconds do not cover forever",
            "{'key':'a','operator':'Exists','effect':'NoExecute','tolerationSeconds':60}",
            "{'key':'a','operator':'Exists','effect':'NoExecute'}", false),
        arguments("an empty operator means Equal on the superset side",
            "{'key':'a','value':'x'}", "{'key':'a','operator':'Equal','value':'x'}", true),
        arguments("but not on the covered side", "{'key':'a','operator':'Equal','value':'x'}",
            "{'key':'a','value':'x'}", false),
        arguments("Equal needs the same value", "{'key':'a','operator':'Equal','value':'x'}",
            "{'key':'a','operator':'Equal','value':'y'}", false),
        arguments("an unknown operator covers nothing",
            "{'key':'a','operator':'Gt','value':'1'}", "{'key':'a','operator':'Equal'}", false));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("supersets")
  void supersetFollowsUpstream(String behaviour, String superset, String toleration,
      boolean covered) {
    assertThat(TolerationSets.isSuperset(t(superset), t(toleration))).isEqualTo(covered);
  }

  static Stream<Arguments> merges() {
    return Stream.of(
        arguments("identical tolerations are kept once, the first",
            "[{'key':'a','operator':'Exists'}]", "[{'key':'a','operator':'Exists'}]",
            "[{'key':'a','operator':'Exists'}]"),
        arguments("a covered toleration is dropped for its later superset",
            "[{'key':'a','operator':'Equal','value':'x'}]", "[{'key':'a','operator':'Exists'}]",
            "[{'key':'a','operator':'Exists'}]"),
        arguments("a toleration covered by a kept one is dropped",
            "[{'operator':'Exists'}]", "[{'key':'a','operator':'Exists'}]",
            "[{'operator':'Exists'}]"),
        arguments("unrelated tolerations are all kept", "[{'key':'a','operator':'Exists'}]",
            "[{'key':'b','operator':'Exists'}]",
            "[{'key':'a','operator':'Exists'},{'key':'b','operator':'Exists'}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("merges")
  void mergeKeepsOnlyWhatIsNotCovered(String behaviour, String first, String second,
      String merged) {
    assertThat(TolerationSets.merge(list(first), list(second))).isEqualTo(list(merged));
  }
}
