package io.kubesim.junit;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.IdSource;
import io.kubesim.simulator.KubeSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real cluster named by a kubeconfig, used instead of a simulator so that the same tests check
 * that kubesim and a real API server agree. Each test class gets a fresh namespace, deleted when
 * the class ends; there is no reset between tests, and the kubesim-only parts of {@link
 * TestCluster} abort the test with the reason.
 */
final class RealCluster implements TestCluster, AutoCloseable {

  /** The configuration parameter (or system property) naming the kubeconfig of a real cluster. */
  static final String KUBECONFIG_PROPERTY = "kubesim.test.kubeconfig";

  /** The environment variable naming the kubeconfig of a real cluster. */
  static final String KUBECONFIG_ENV = "KUBESIM_TEST_KUBECONFIG";

  private final Path kubeconfig;
  private final String namespace;
  private final ClientFactory clients;
  private final KubernetesClient client;

  private RealCluster(Path kubeconfig, String namespace) {
    this.kubeconfig = kubeconfig;
    this.namespace = namespace;
    this.clients = ClientFactory.fromKubeconfig(kubeconfig, namespace);
    this.client = clients.newClient();
  }

  /** The kubeconfig of the real cluster to run against, if one is given. */
  static Optional<Path> configured(ExtensionContext context) {
    return context.getConfigurationParameter(KUBECONFIG_PROPERTY)
        .or(() -> Optional.ofNullable(System.getenv(KUBECONFIG_ENV)))
        .filter(value -> !value.isBlank())
        .map(Path::of);
  }

  /**
   * Connects to the cluster and creates the namespace for {@code testClass}.
   *
   * @throws ExtensionConfigurationException when the kubeconfig is missing or the cluster
   *     refuses the namespace
   */
  static RealCluster connect(Path kubeconfig, Class<?> testClass) {
    if (!Files.isReadable(kubeconfig)) {
      throw new ExtensionConfigurationException(KUBECONFIG_PROPERTY + " names " + kubeconfig
          + ", which is not a readable kubeconfig file");
    }
    RealCluster cluster = new RealCluster(kubeconfig, namespaceFor(testClass));
    try {
      cluster.client.namespaces().resource(new NamespaceBuilder().withNewMetadata()
          .withName(cluster.namespace).addToLabels("app.kubernetes.io/managed-by", "kubesim-junit")
          .endMetadata().build()).create();
      return cluster;
    } catch (KubernetesClientException e) {
      cluster.clients.close();
      throw new ExtensionConfigurationException("cannot create namespace " + cluster.namespace
          + " in the cluster of " + kubeconfig + ": " + e.getMessage(), e);
    }
  }

  // a DNS label: kubesim-<class>-<5 random characters>, at most 63 characters
  private static String namespaceFor(Class<?> testClass) {
    String name = testClass.getSimpleName().toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (name.length() > 48) {
      name = name.substring(0, 48).replaceAll("-+$", "");
    }
    return "kubesim-" + (name.isEmpty() ? "test" : name) + "-" + IdSource.random().suffix(5);
  }

  @Override
  public boolean isSimulated() {
    return false;
  }

  @Override
  public String baseUrl() {
    return client.getMasterUrl().toString().replaceAll("/$", "");
  }

  @Override
  public Path kubeconfig() {
    return kubeconfig;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public KubernetesClient client() {
    return client;
  }

  @Override
  public KubernetesClient newClient() {
    return clients.newClient();
  }

  @Override
  public AdmissionJournal journal() {
    return AdmissionJournal.unavailable(kubesimOnly("admission traces"));
  }

  @Override
  public MutableClock clock() {
    Assumptions.abort(kubesimOnly("clock control"));
    return null;
  }

  @Override
  public KubeSimulator simulator() {
    Assumptions.abort(kubesimOnly("the simulator"));
    return null;
  }

  @Override
  public void reset() {
    Assumptions.abort(kubesimOnly("reset"));
  }

  @Override
  public void register(AdmissionPlugin... plugins) {
    Assumptions.abort(kubesimOnly("in-process admission plugins"));
  }

  private String kubesimOnly(String what) {
    return "kubesim-only: " + what + " need the simulator, and this run uses the real cluster at "
        + baseUrl() + " (" + KUBECONFIG_PROPERTY + "=" + kubeconfig + ")";
  }

  @Override
  public void close() {
    try {
      client.namespaces().withName(namespace).delete();
    } catch (KubernetesClientException e) {
      // the namespace is the cluster's to clean up; a failed delete must not fail the run
    } finally {
      clients.close();
    }
  }

  @Override
  public String toString() {
    return "real cluster at " + baseUrl() + ", namespace " + namespace;
  }
}
