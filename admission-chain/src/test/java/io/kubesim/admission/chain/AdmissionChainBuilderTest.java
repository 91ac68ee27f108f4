package io.kubesim.admission.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginEnvironment;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.TraceEntry.Decision;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.admission.plugins.BuiltInPlugins;
import io.kubesim.admission.plugins.PluginRegistry;
import io.kubesim.admission.plugins.alwaysadmit.AlwaysAdmit;
import io.kubesim.admission.status.GoQuote;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdmissionChainBuilderTest {

  private static OrderedAdmissionChain build(AdmissionSettings settings) {
    return OrderedAdmissionChain.builder().settings(settings).build();
  }

  /** Settings that enable exactly {@code plugins}: every default-on plugin is disabled. */
  private static AdmissionSettings only(String... plugins) {
    return AdmissionSettings.builder().enable(plugins)
        .disable(BuiltInPlugins.defaultOn().toArray(String[]::new)).build();
  }

  static Stream<Arguments> orders() {
    return Stream.of(
        arguments(List.of("AlwaysDeny", "AlwaysPullImages", "AlwaysAdmit")),
        arguments(List.of("AlwaysAdmit", "AlwaysPullImages", "AlwaysDeny")),
        arguments(List.of("AlwaysPullImages", "AlwaysDeny", "AlwaysAdmit")));
  }

  @ParameterizedTest(name = "enabling {0} runs the plugins in plugin order")
  @MethodSource("orders")
  void enablingOrderNeverMatters(List<String> enabled) {
    OrderedAdmissionChain chain = build(only(enabled.toArray(String[]::new)));

    assertThat(chain.mutatingPlugins())
        .containsExactly("AlwaysAdmit", "AlwaysPullImages", "AlwaysDeny");
    assertThat(chain.validatingPlugins())
        .containsExactly("AlwaysAdmit", "AlwaysPullImages", "AlwaysDeny");
  }

  @Test
  void defaultSettingsStartAndReportTheDefaultPluginsNotImplementedYet() {
    OrderedAdmissionChain chain = build(AdmissionSettings.defaults());
    PluginRegistry registry = PluginRegistry.builtIn();
    List<String> defaultOn = BuiltInPlugins.names().stream()
        .filter(BuiltInPlugins.defaultOn()::contains).toList();

    List<String> running = new ArrayList<>(chain.mutatingPlugins());
    chain.validatingPlugins().stream().filter(name -> !running.contains(name))
        .forEach(running::add);

    assertThat(running).containsExactlyInAnyOrderElementsOf(defaultOn.stream()
        .filter(name -> registry.factory(name).isPresent()).toList());
    assertThat(chain.startupWarnings()).containsAll(defaultOn.stream()
        .filter(name -> registry.factory(name).isEmpty())
        .map(name -> "default admission plugin " + GoQuote.quote(name)
            + " is not implemented in kubesim yet; requests are admitted without it")
        .toList());
  }

  @Test
  void deprecatedPluginsAreReportedLikeUpstream() {
    OrderedAdmissionChain chain = build(AdmissionSettings.builder().enable("AlwaysAdmit")
        .disable(BuiltInPlugins.defaultOn().toArray(String[]::new)).build());

    assertThat(chain.startupWarnings()).containsExactly("AlwaysAdmit admission controller is "
        + "deprecated. Please remove this controller from your configuration files and scripts.");
  }

  static Stream<Arguments> startupFailures() {
    return Stream.of(
        arguments("an explicitly enabled plugin that is not implemented",
            AdmissionSettings.builder().enable("ImagePolicyWebhook", "AlwaysPullImages").build(),
            "enable-admission-plugins plugin \"ImagePolicyWebhook\" is not implemented in "
                + "kubesim yet"),
        arguments("a removed plugin that is not implemented",
            AdmissionSettings.builder().enable("PodPreset").build(),
            "enable-admission-plugins plugin \"PodPreset\" is not implemented in kubesim yet"),
        arguments("an unknown plugin",
            AdmissionSettings.builder().enable("AlwaysPullImage").build(),
            "enable-admission-plugins plugin \"AlwaysPullImage\" is unknown"));
  }

  @ParameterizedTest(name = "{0} fails at start-up")
  @MethodSource("startupFailures")
  void badSettingsFailAtStartup(String behaviour, AdmissionSettings settings, String message) {
    assertThatThrownBy(() -> build(settings))
        .isInstanceOf(AdmissionConfigurationException.class)
        .hasMessage(message);
  }

  /** A factory for the EventRateLimit slot that records and checks what it is given. */
  private static final class RecordingFactory implements PluginFactory<JsonNode> {
    final List<JsonNode> seen = new ArrayList<>();

    @Override
    public String name() {
      return "EventRateLimit";
    }

    @Override
    public JsonNode configuration(JsonNode raw) {
      seen.add(raw);
      if (raw != null && raw.path("qps").asInt(1) <= 0) {
        throw new IllegalArgumentException("qps must be positive");
      }
      return raw;
    }

    @Override
    public AdmissionPlugin create(JsonNode configuration, PluginEnvironment environment) {
      return new AlwaysAdmit();
    }
  }

  @TempDir
  Path dir;

  static Stream<Arguments> configurations() {
    return Stream.of(
        arguments("no configuration anywhere", null, null, null),
        arguments("a configuration given in code", null, "{qps: 3}", Json.node("{'qps':3}")),
        arguments("a configuration from the file", "{qps: 4}", null, Json.node("{'qps':4}")),
        arguments("code wins over the file", "{qps: 4}", "{qps: 3}", Json.node("{'qps':3}")));
  }

  @ParameterizedTest(name = "{0} reaches the factory")
  @MethodSource("configurations")
  void factoriesReceiveTheirConfiguration(String behaviour, String inFile, String inCode,
      JsonNode expected) throws IOException {
    RecordingFactory factory = new RecordingFactory();
    AdmissionSettings.Builder settings = AdmissionSettings.builder().enable("EventRateLimit");
    if (inFile != null) {
      settings.admissionControlConfigFile(Files.writeString(dir.resolve("admission.yaml"), """
          apiVersion: apiserver.config.k8s.io/v1
          kind: AdmissionConfiguration
          plugins: [{name: EventRateLimit, configuration: %s}]
          """.formatted(inFile)));
    }
    if (inCode != null) {
      settings.configuration("EventRateLimit", inCode);
    }

    OrderedAdmissionChain.builder().settings(settings.build())
        .registry(new PluginRegistry(BuiltInPlugins.ORDER).register(factory)).build();

    assertThat(factory.seen).containsExactly(expected);
  }

  @Test
  void anInvalidPluginConfigurationFailsAtStartupLikeUpstream() {
    AdmissionSettings settings = AdmissionSettings.builder().enable("EventRateLimit")
        .configuration("EventRateLimit", "{qps: 0}").build();

    assertThatThrownBy(() -> OrderedAdmissionChain.builder().settings(settings)
        .registry(new PluginRegistry(BuiltInPlugins.ORDER).register(new RecordingFactory()))
        .build())
        .isInstanceOf(AdmissionConfigurationException.class)
        .hasMessage("couldn't init admission plugin \"EventRateLimit\": qps must be positive");
  }

  @Test
  void aBuiltChainAdmitsAndDeniesWithTrace() {
    OrderedAdmissionChain chain = build(AdmissionSettings.builder()
        .enableAdmissionPlugins("AlwaysDeny,AlwaysPullImages")
        .disable(BuiltInPlugins.defaultOn().toArray(String[]::new)).build());

    AdmissionResult result = chain.mutate(Requests.pod(Operation.CREATE).name("web").object(
        Json.object("{'spec':{'containers':[{'name':'c','image':'nginx'}]}}")).build());

    assertThat(result.trace()).extracting(TraceEntry::name, TraceEntry::decision,
        TraceEntry::message).containsExactly(
            tuple("AlwaysPullImages", Decision.MUTATED, ""),
            tuple("AlwaysDeny", Decision.DENIED,
                "pods \"web\" is forbidden: admission control is denying all modifications"));
    assertThat(result.trace().get(0).patch()).isEqualTo(Json.node(
        "[{'op':'add','path':'/spec/containers/0/imagePullPolicy','value':'Always'}]"));
    assertThat(result.denial().code()).isEqualTo(403);
  }
}
