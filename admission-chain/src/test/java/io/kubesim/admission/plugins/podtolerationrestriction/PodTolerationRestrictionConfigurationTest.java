package io.kubesim.admission.plugins.podtolerationrestriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.pods.PodToleration;
import io.kubesim.admission.testing.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plugin's Configuration kind: decoding and upstream's toleration validation. */
class PodTolerationRestrictionConfigurationTest {

  private static final String HEADER = "'apiVersion':'podtolerationrestriction.admission.k8s.io"
      + "/v1alpha1','kind':'Configuration'";

  @Test
  void aValidConfigurationIsDecoded() {
    PodTolerationRestrictionConfiguration configuration = PodTolerationRestrictionConfiguration
        .from(Json.node("{" + HEADER + ",'default':[{'key':'a','operator':'Equal','value':'x',"
            + "'effect':'NoSchedule'}],'whitelist':[{'operator':'Exists'}]}"));

    assertThat(configuration.defaults()).containsExactly(
        new PodToleration("a", "Equal", "x", "NoSchedule", null));
    assertThat(configuration.whitelist()).containsExactly(
        new PodToleration("", "Exists", "", "", null));
  }

  @Test
  void noConfigurationMeansNoDefaultsAndNoWhitelist() {
    assertThat(PodTolerationRestrictionConfiguration.from(null))
        .isEqualTo(PodTolerationRestrictionConfiguration.none());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("another kind",
            "{'apiVersion':'podtolerationrestriction.admission.k8s.io/v1','kind':'Config'}",
            "no kind \"Config\" is registered for version "
                + "\"podtolerationrestriction.admission.k8s.io/v1\""),
        arguments("an empty key without Exists",
            "{" + HEADER + ",'default':[{'operator':'Equal','value':'x'}]}",
            "invalid config: [podtolerationrestriction.default[0].operator: Invalid value: "
                + "\"Equal\": operator must be Exists when `key` is empty, which means \"match "
                + "all values and all keys\"]"),
        arguments("seconds without NoExecute, and an unknown effect",
            "{" + HEADER + ",'whitelist':[{'key':'a','operator':'Exists','effect':'Never',"
                + "'tolerationSeconds':5}]}",
            "invalid config: [podtolerationrestriction.whitelist[0].effect: Invalid value: "
                + "\"Never\": effect must be 'NoExecute' when `tolerationSeconds` is set "
                + "podtolerationrestriction.whitelist[0].effect: Unsupported value: \"Never\": "
                + "supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"]"),
        arguments("an unknown operator",
            "{" + HEADER + ",'default':[{'key':'a','operator':'In'}]}",
            "invalid config: [podtolerationrestriction.default[0].operator: Unsupported value: "
                + "\"In\": supported values: \"Equal\", \"Exists\"]"));
  }

  @ParameterizedTest(name = "{0} fails at start-up")
  @MethodSource("invalid")
  void invalidConfigurationsAreRejectedWithUpstreamsMessage(String behaviour, String raw,
      String message) {
    assertThatThrownBy(() -> PodTolerationRestrictionConfiguration.from(Json.node(raw)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
