package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.junit.fixtures.MisuseFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Every misuse fails with an {@link ExtensionConfigurationException} that names the problem, and
 * (except where JUnit decides concurrency per test) before any test of the class starts.
 */
class MisuseTest {

  static Stream<Arguments> misuses() {
    return Stream.of(
        misuse("two different @KubeSimulatorTest declarations on one class",
            MisuseFixtures.ComposedAndDirect.class, "has conflicting declarations",
            "enable={\"AlwaysDeny\"}", "through @DenyAllTest"),
        misuse("the annotation together with an extension field",
            MisuseFixtures.AnnotationAndField.class, "declares both",
            "AnnotationAndField.kube"),
        misuse("two extension fields", MisuseFixtures.TwoFields.class,
            "registers several KubeSimulatorExtension fields", "TwoFields.one, TwoFields.two"),
        misuse("a @Nested class declaring other settings than its enclosing class",
            MisuseFixtures.NestedRedeclares.class, "has conflicting declarations",
            "on Inner"),
        misuse("an unknown plugin name", MisuseFixtures.UnknownPlugin.class,
            "the admission configuration is invalid",
            "enable-admission-plugins plugin \"NoSuchPlugin\" is unknown"),
        misuse("a plugin both enabled and disabled", MisuseFixtures.OverlappingPlugins.class,
            "[AlwaysDeny] in enable-admission-plugins and disable-admission-plugins overlapped"),
        misuse("a manifest that is not YAML", MisuseFixtures.UnparsableManifest.class,
            "manifest misuse/bad-yaml.yaml is not valid YAML"),
        misuse("a manifest document without kind", MisuseFixtures.ManifestWithoutKind.class,
            "manifest misuse/no-kind.yaml document 2 has no kind"),
        misuse("a manifest missing from the classpath", MisuseFixtures.MissingManifest.class,
            "manifest misuse/not-there.yaml is not on the classpath"),
        misuse("a manifest the API server rejects", MisuseFixtures.RejectedManifest.class,
            "manifest misuse/invalid-name.yaml document 1 (ConfigMap Not_A_Valid_Name) was "
                + "rejected by the API server: ConfigMap \"Not_A_Valid_Name\" is invalid"),
        misuse("TLS, which kubesim cannot serve yet", MisuseFixtures.Tls.class,
            "@KubeSimulatorTest on " + MisuseFixtures.Tls.class.getName(),
            "kubesim cannot serve TLS yet"),
        misuse("a clock that is not an instant", MisuseFixtures.UnparsableClock.class,
            "fixedClock \"yesterday\" is not an ISO-8601 instant"),
        misuse("an admission configuration missing from the classpath",
            MisuseFixtures.MissingAdmissionConfig.class,
            "admission configuration misuse/no-such-admission-config.yaml is not on the classpath"),
        misuse("an admission configuration of the wrong kind",
            MisuseFixtures.WrongKindAdmissionConfig.class,
            "the admission configuration (misuse/wrong-kind-admission-config.yaml) is invalid: "
                + "no kind \"ConfigMap\" is registered for version "
                + "\"apiserver.config.k8s.io/v1\""),
        misuse("an in-process plugin named like a built-in one",
            MisuseFixtures.PluginNamedLikeABuiltIn.class,
            "KubeSimulatorExtension in " + MisuseFixtures.PluginNamedLikeABuiltIn.class.getName(),
            "custom admission plugin \"AlwaysDeny\" has the name of a built-in plugin"));
  }

  private static Arguments misuse(String name, Class<?> fixture, String... fragments) {
    return arguments(name, fixture, List.of(fragments));
  }

  @ParameterizedTest(name = "{0} fails before any test runs")
  @MethodSource("misuses")
  void misuseFailsBeforeAnyTestRuns(String misuse, Class<?> fixture, List<String> fragments) {
    EngineExecutionResults results = EngineRuns.run(fixture);

    assertThat(results.testEvents().started().count()).as("tests started").isZero();
    assertThat(onlyFailure(results)).isInstanceOf(ExtensionConfigurationException.class)
        .message().contains(fragments);
  }

  @Test
  void concurrentTestsOnASharedResetSimulatorFailEveryTest() {
    EngineExecutionResults results =
        EngineRuns.run(EngineRuns.parallel(), MisuseFixtures.ConcurrentResets.class);

    assertThat(results.testEvents().succeeded().count()).isZero();
    assertThat(results.testEvents().failed().stream()
        .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
            .orElseThrow()))
        .hasSize(2).allSatisfy(t -> assertThat(t)
            .isInstanceOf(ExtensionConfigurationException.class)
            .hasMessageContaining("run concurrently, but they share one simulator"));
  }

  private static Throwable onlyFailure(EngineExecutionResults results) {
    List<Throwable> failures = results.allEvents().failed().stream()
        .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable))
        .flatMap(Optional::stream).toList();
    assertThat(failures).as("failures").hasSize(1);
    return failures.get(0);
  }
}
