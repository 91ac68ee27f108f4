package io.kubesim.junit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubesim.admission.chain.OrderedAdmissionChain;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a kubesim simulator for JUnit 5 tests and injects a fabric8 {@code KubernetesClient},
 * the {@link TestCluster}, the {@link AdmissionJournal} and the {@link MutableClock}.
 *
 * <p>Declare it with {@link KubeSimulatorTest}, or build one and register it as a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static KubeSimulatorExtension kube = KubeSimulatorExtension.builder()
 *     .options(SimulatorOptions.builder().admission(...).build())
 *     .manifests("fixtures/namespaces.yaml")
 *     .build();
 * }</pre>
 *
 * A {@code static} field shares one simulator among the tests of the class (reset between them
 * unless turned off); an instance field gives each test its own. All state lives in JUnit's
 * {@code ExtensionContext.Store}, never in the extension, so one instance serves any number of
 * classes, nested classes and parallel runs.
 */
public final class KubeSimulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  /** The configuration parameter or system property naming a real cluster's kubeconfig. */
  public static final String KUBECONFIG_PROPERTY = RealCluster.KUBECONFIG_PROPERTY;

  /** The environment variable naming a real cluster's kubeconfig. */
  public static final String KUBECONFIG_ENV = RealCluster.KUBECONFIG_ENV;

  private static final Namespace NAMESPACE = Namespace.create(KubeSimulatorExtension.class);
  private static final String LEASE = "cluster";
  private static final Set<Class<?>> INJECTABLE = Set.of(KubernetesClient.class,
      TestCluster.class, AdmissionJournal.class, MutableClock.class);

  private final ClusterSettings built; // null when declared by @KubeSimulatorTest

  /** The extension {@link KubeSimulatorTest} registers; it reads the annotation. */
  public KubeSimulatorExtension() {
    this(null);
  }

  private KubeSimulatorExtension(ClusterSettings built) {
    this.built = built;
  }

  /** A builder for an extension to register with {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Declarations.check(context.getRequiredTestClass());
    if (lease(context) == null) {
      start(context, true);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ClusterLease lease = lease(context);
    if (lease == null) {
      start(context, false); // an instance field: beforeAll never ran, one cluster per test
    } else {
      lease.beforeTest(context);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ClusterLease lease = lease(context);
    // constructor parameters of a PER_CLASS instance are resolved before beforeAll
    TestCluster cluster = (lease != null ? lease
        : start(context, context.getTestMethod().isEmpty())).cluster();
    Class<?> type = parameter.getParameter().getType();
    if (type == KubernetesClient.class) {
      return cluster.client();
    } else if (type == AdmissionJournal.class) {
      return cluster.journal();
    } else if (type == MutableClock.class) {
      return cluster.clock();
    }
    return cluster;
  }

  private static ClusterLease lease(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(LEASE, ClusterLease.class);
  }

  private ClusterLease start(ExtensionContext context, boolean shared) {
    Class<?> testClass = context.getRequiredTestClass();
    ClusterSettings settings = settingsFor(testClass);
    ClassLoader loader = testClass.getClassLoader();
    Optional<Path> real = RealCluster.configured(context);
    TestCluster cluster;
    if (real.isPresent()) {
      checkAdmission(settings);
      Manifests manifests = Manifests.load(settings.manifests(), loader, settings.declaredBy());
      RealCluster connected = RealCluster.connect(real.get(), testClass);
      try {
        manifests.createWith(connected.client(), settings.declaredBy());
      } catch (RuntimeException e) {
        connected.close();
        throw e;
      }
      cluster = connected;
    } else {
      cluster = SimulatedCluster.start(settings, loader);
    }
    ClusterLease lease = new ClusterLease(cluster, shared, settings.resetBetweenTests(),
        settings.declaredBy(), built == null);
    context.getStore(NAMESPACE).put(LEASE, lease);
    return lease;
  }

  private ClusterSettings settingsFor(Class<?> testClass) {
    if (built != null) {
      return built.declaredIn(testClass);
    }
    Map.Entry<Class<?>, KubeSimulatorTest> declared = Declarations.annotation(testClass)
        .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName()
            + " uses KubeSimulatorExtension without @KubeSimulatorTest; annotate the class or "
            + "register KubeSimulatorExtension.builder().build() as a field"));
    return ClusterSettings.of(declared.getValue(), declared.getKey());
  }

  // against a real cluster nothing starts, yet a misspelt plugin name must still fail
  private static void checkAdmission(ClusterSettings settings) {
    try {
      OrderedAdmissionChain.builder().settings(settings.options().admission()).build();
    } catch (AdmissionConfigurationException e) {
      throw new ExtensionConfigurationException(settings.declaredBy()
          + ": the admission configuration is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Builds a {@link KubeSimulatorExtension}. The simulator itself is configured with {@link
   * SimulatorOptions}, the type the standalone CLI parses into; the rest is what only tests need.
   */
  public static final class Builder {

    private SimulatorOptions options = SimulatorOptions.builder().build();
    private String admissionConfig = "";
    private final List<String> manifests = new ArrayList<>();
    private boolean resetBetweenTests = true;
    private boolean tls;
    private Instant fixedClock;
    private Long seed;

    private Builder() {}

    /** The simulator's options (admission plugins, port, user, plugins given in code, ...). */
    public Builder options(SimulatorOptions options) {
      this.options = options;
      return this;
    }

    /** A classpath resource to use as the {@code --admission-control-config-file}. */
    public Builder admissionConfig(String classpathResource) {
      this.admissionConfig = classpathResource;
      return this;
    }

    /** Classpath YAML manifests to create before the first test and after every reset. */
    public Builder manifests(String... classpathResources) {
      manifests.addAll(List.of(classpathResources));
      return this;
    }

    /** Whether a shared simulator is reset between tests; on by default. */
    public Builder resetBetweenTests(boolean reset) {
      this.resetBetweenTests = reset;
      return this;
    }

    /** Serve HTTPS; kubesim cannot serve TLS yet, so {@code true} fails at start. */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /** Pins the clock at {@code start}; it moves only when a test moves it. */
    public Builder fixedClock(Instant start) {
      this.fixedClock = start;
      return this;
    }

    /** Seeds UIDs and generated names, again at every reset. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public KubeSimulatorExtension build() {
      return new KubeSimulatorExtension(new ClusterSettings(options, admissionConfig, manifests,
          resetBetweenTests, tls, fixedClock, seed, "KubeSimulatorExtension"));
    }
  }
}
