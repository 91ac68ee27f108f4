package io.kubesim.admission.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.config.AdmissionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** kube-apiserver's flag algorithm over the built-in plugin order (spec part 1 §2.3). */
class EnabledPluginsTest {

  private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();
  private static final List<String> DEFAULTS = BuiltInPlugins.ORDER.stream()
      .filter(KnownPlugin::defaultOn).map(KnownPlugin::name).toList();

  private static List<String> defaultsWith(UnaryOperator<List<String>> change) {
    return change.apply(new ArrayList<>(DEFAULTS));
  }

  static Stream<Arguments> resolutions() {
    return Stream.of(
        arguments("no flags: the default-on plugins in plugin order",
            AdmissionSettings.defaults(), DEFAULTS),
        arguments("an enabled default-off plugin joins at its position",
            AdmissionSettings.builder().enable("AlwaysPullImages").build(),
            defaultsWith(l -> {
              l.add(l.indexOf("TaintNodesByCondition") + 1, "AlwaysPullImages");
              return l;
            })),
        arguments("enabling order does not matter",
            AdmissionSettings.builder().enable("AlwaysDeny", "NodeRestriction", "AlwaysAdmit")
                .build(),
            defaultsWith(l -> {
              l.add(0, "AlwaysAdmit");
              l.add(l.indexOf("ServiceAccount") + 1, "NodeRestriction");
              l.add("AlwaysDeny");
              return l;
            })),
        arguments("a disabled default-on plugin is gone",
            AdmissionSettings.builder().disable("LimitRanger", "ResourceQuota").build(),
            defaultsWith(l -> {
              l.removeAll(List.of("LimitRanger", "ResourceQuota"));
              return l;
            })),
        arguments("enabling a default-on or disabling a default-off plugin changes nothing",
            AdmissionSettings.builder().enable("LimitRanger").disable("AlwaysDeny").build(),
            DEFAULTS),
        arguments("flag values are comma-separated",
            AdmissionSettings.builder().enableAdmissionPlugins("AlwaysDeny,AlwaysAdmit")
                .disableAdmissionPlugins("").build(),
            defaultsWith(l -> {
              l.add(0, "AlwaysAdmit");
              l.add("AlwaysDeny");
              return l;
            })),
        arguments("a removed plugin is known to kubesim",
            AdmissionSettings.builder().enable("PodSecurityPolicy").build(),
            defaultsWith(l -> {
              l.add(l.indexOf("PodSecurity") + 1, "PodSecurityPolicy");
              return l;
            })));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resolutions")
  void resolvesEnabledPluginsInPluginOrder(String behaviour, AdmissionSettings settings,
      List<String> expected) {
    assertThat(EnabledPlugins.resolve(settings, REGISTRY)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        arguments("an unknown enabled plugin",
            AdmissionSettings.builder().enable("PodPresets").build(),
            "enable-admission-plugins plugin \"PodPresets\" is unknown"),
        arguments("an unknown disabled plugin",
            AdmissionSettings.builder().disable("Nope").build(),
            "disable-admission-plugins plugin \"Nope\" is unknown"),
        arguments("spaces after commas are part of the name",
            AdmissionSettings.builder().enableAdmissionPlugins("AlwaysAdmit, AlwaysDeny").build(),
            "enable-admission-plugins plugin \" AlwaysDeny\" is unknown"),
        arguments("a plugin in both flags",
            AdmissionSettings.builder().enable("AlwaysPullImages").disable("AlwaysPullImages")
                .build(),
            "[AlwaysPullImages] in enable-admission-plugins and disable-admission-plugins "
                + "overlapped"),
        arguments("several plugins in both flags are listed sorted, Go-style",
            AdmissionSettings.builder().enable("LimitRanger", "AlwaysDeny")
                .disable("AlwaysDeny", "LimitRanger").build(),
            "[AlwaysDeny LimitRanger] in enable-admission-plugins and "
                + "disable-admission-plugins overlapped"),
        arguments("several problems are aggregated",
            AdmissionSettings.builder().enable("Foo", "Foo").disable("Bar").build(),
            "[enable-admission-plugins plugin \"Foo\" is unknown, "
                + "disable-admission-plugins plugin \"Bar\" is unknown]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void rejectsBadFlagsWithUpstreamMessages(String behaviour, AdmissionSettings settings,
      String message) {
    assertThatThrownBy(() -> EnabledPlugins.resolve(settings, REGISTRY))
        .isInstanceOf(AdmissionConfigurationException.class)
        .hasMessage(message);
  }
}
