package io.kubesim.admission.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.plugins.alwaysadmit.AlwaysAdmit;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PluginRegistryTest {

  @Test
  void builtInRegistryKnowsEveryPluginAndImplementsTheFinishedOnes() {
    PluginRegistry registry = PluginRegistry.builtIn();

    assertThat(registry.order()).isEqualTo(BuiltInPlugins.ORDER);
    assertThat(registry.implemented()).containsExactlyInAnyOrder("AlwaysAdmit", "AlwaysDeny",
        "AlwaysPullImages", "NamespaceAutoProvision", "NamespaceExists", "NamespaceLifecycle",
        "Priority", "ServiceAccount", "LimitRanger", "DefaultTolerationSeconds",
        "ExtendedResourceToleration", "LimitPodHardAntiAffinityTopology", "PodNodeSelector",
        "PodTolerationRestriction", "TaintNodesByCondition");
    assertThat(registry.known("EventRateLimit")).isPresent();
    assertThat(registry.factory("EventRateLimit")).isEmpty();
    assertThat(registry.known("PodPresets")).isEmpty();
  }

  static Stream<Arguments> badRegistrations() {
    return Stream.of(
        arguments("a name registered twice",
            (Supplier<PluginRegistry>) () -> PluginRegistry.builtIn()
                .register(AlwaysAdmit.factory()),
            "Admission plugin \"AlwaysAdmit\" was registered twice"),
        arguments("a name missing from the plugin order",
            (Supplier<PluginRegistry>) () -> PluginRegistry.builtIn()
                .register(PluginFactory.unconfigured("Homegrown", env -> new AlwaysAdmit())),
            "plugins [Homegrown] registered are not in RecommendedPluginOrder"));
  }

  @ParameterizedTest(name = "{0} fails at start-up")
  @MethodSource("badRegistrations")
  void badRegistrationsFailAtStartup(String behaviour, Supplier<PluginRegistry> registration,
      String message) {
    assertThatThrownBy(registration::get)
        .isInstanceOf(AdmissionConfigurationException.class)
        .hasMessage(message);
  }

  @Test
  void anOrderListingANameTwiceIsRejected() {
    assertThatThrownBy(() -> new PluginRegistry(
        List.of(KnownPlugin.on("A"), KnownPlugin.off("A"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plugin order lists A twice");
  }
}
