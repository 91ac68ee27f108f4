package io.kubesim.junit;

import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.simulator.SimulatorOptions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What one declaration asks of the extension: the simulator's options plus what only a test
 * needs (preloaded manifests, reset between tests, a pinned clock, seeded ids).
 *
 * @param options the simulator options, the same type the standalone CLI parses into
 * @param admissionConfigResource a classpath resource to use as the admission configuration
 *     file, or empty
 * @param manifests classpath resources with YAML manifests to preload, in order
 * @param resetBetweenTests whether each test starts from a fresh cluster
 * @param tls whether to serve HTTPS
 * @param fixedClock the instant to pin the clock at, or null to follow the options' clock
 * @param seed the seed for ids, or null to use the options' id source
 * @param declaredBy how the declaration reads in error messages, e.g. {@code @KubeSimulatorTest
 *     on FooTest}
 */
record ClusterSettings(
    SimulatorOptions options,
    String admissionConfigResource,
    List<String> manifests,
    boolean resetBetweenTests,
    boolean tls,
    Instant fixedClock,
    Long seed,
    String declaredBy) {

  ClusterSettings {
    manifests = List.copyOf(manifests);
    admissionConfigResource = admissionConfigResource == null ? "" : admissionConfigResource;
  }

  /** The same settings, with error messages naming the class that registered them. */
  ClusterSettings declaredIn(Class<?> testClass) {
    return new ClusterSettings(options, admissionConfigResource, manifests, resetBetweenTests,
        tls, fixedClock, seed, declaredBy + " in " + testClass.getName());
  }

  /** The settings an annotation declares on {@code testClass}. */
  static ClusterSettings of(KubeSimulatorTest declared, Class<?> declaringClass) {
    String by = "@KubeSimulatorTest on " + declaringClass.getName();
    AdmissionSettings admission = AdmissionSettings.builder().enable(declared.enable())
        .disable(declared.disable()).build();
    SimulatorOptions options = SimulatorOptions.builder().port(declared.port())
        .admission(admission).build();
    return new ClusterSettings(options, declared.admissionConfig(),
        List.of(declared.manifests()), declared.reset(), declared.tls(),
        instant(declared.fixedClock(), by),
        declared.seed() == KubeSimulatorTest.RANDOM ? null : declared.seed(), by);
  }

  private static Instant instant(String text, String by) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(by + ": fixedClock \"" + text
          + "\" is not an ISO-8601 instant such as 2025-01-01T00:00:00Z");
    }
  }
}
