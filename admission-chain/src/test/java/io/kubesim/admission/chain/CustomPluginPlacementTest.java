package io.kubesim.admission.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.admission.plugins.BuiltInPlugins;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plugins given in code run where kube-apiserver calls admission webhooks. */
class CustomPluginPlacementTest {

  record Mutator(String name) implements MutatingPlugin {
    @Override
    public boolean handles(Operation operation) {
      return true;
    }

    @Override
    public void admit(AdmissionRequest request, AdmissionContext context) {}
  }

  record Validator(String name) implements ValidatingPlugin {
    @Override
    public boolean handles(Operation operation) {
      return true;
    }

    @Override
    public void validate(AdmissionRequest request, AdmissionContext context) {}
  }

  record Both(String name) implements MutatingPlugin, ValidatingPlugin {
    @Override
    public boolean handles(Operation operation) {
      return true;
    }

    @Override
    public void admit(AdmissionRequest request, AdmissionContext context) {}

    @Override
    public void validate(AdmissionRequest request, AdmissionContext context) {}
  }

  static Stream<Arguments> placements() {
    return Stream.of(
        arguments("a custom mutator runs after every in-tree mutator",
            List.of(new Mutator("m.example.com")),
            List.of("AlwaysAdmit", "AlwaysPullImages", "m.example.com", "AlwaysDeny"),
            List.of("AlwaysAdmit", "AlwaysPullImages", "AlwaysDeny")),
        arguments("a custom validator runs before the deny plugins at the end",
            List.of(new Validator("v.example.com")),
            List.of("AlwaysAdmit", "AlwaysPullImages", "AlwaysDeny"),
            List.of("AlwaysAdmit", "AlwaysPullImages", "v.example.com", "AlwaysDeny")),
        arguments("a plugin of both phases takes each phase's webhook position",
            List.of(new Both("b.example.com")),
            List.of("AlwaysAdmit", "AlwaysPullImages", "b.example.com", "AlwaysDeny"),
            List.of("AlwaysAdmit", "AlwaysPullImages", "b.example.com", "AlwaysDeny")),
        arguments("custom plugins keep the order they were given in",
            List.of(new Mutator("z.example.com"), new Both("a.example.com")),
            List.of("AlwaysAdmit", "AlwaysPullImages", "z.example.com", "a.example.com",
                "AlwaysDeny"),
            List.of("AlwaysAdmit", "AlwaysPullImages", "a.example.com", "AlwaysDeny")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placements")
  void customPluginsRunAtTheWebhookPositions(String behaviour, List<AdmissionPlugin> custom,
      List<String> mutating, List<String> validating) {
    OrderedAdmissionChain chain = OrderedAdmissionChain.builder()
        .settings(AdmissionSettings.builder()
            .disable(BuiltInPlugins.defaultOn().toArray(String[]::new))
            .enable("AlwaysAdmit", "AlwaysPullImages", "AlwaysDeny").build())
        .customPlugins(custom).build();

    assertThat(chain.mutatingPlugins()).containsExactlyElementsOf(mutating);
    assertThat(chain.validatingPlugins()).containsExactlyElementsOf(validating);
  }

  static Stream<Arguments> rejections() {
    return Stream.of(
        arguments("the name of a built-in plugin", List.of(new Validator("LimitRanger")),
            "custom admission plugin \"LimitRanger\" has the name of a built-in plugin"),
        arguments("the same name twice",
            List.of(new Validator("x.example.com"), new Mutator("x.example.com")),
            "custom admission plugin \"x.example.com\" was registered twice"),
        arguments("a plugin of neither phase", List.of(new AdmissionPlugin() {
          @Override
          public String name() {
            return "idle.example.com";
          }

          @Override
          public boolean handles(Operation operation) {
            return true;
          }
        }), "custom admission plugin \"idle.example.com\" is neither mutating nor validating"));
  }

  @ParameterizedTest(name = "a custom plugin with {0} fails the build")
  @MethodSource("rejections")
  void badCustomPluginsFailTheBuild(String problem, List<AdmissionPlugin> custom,
      String message) {
    assertThatThrownBy(() -> OrderedAdmissionChain.builder().customPlugins(custom).build())
        .isInstanceOf(AdmissionConfigurationException.class).hasMessage(message);
  }
}
