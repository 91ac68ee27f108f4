package io.kubesim.junit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A simulator started for a test class (shared by its tests) or for one test, with what the
 * extension adds around it: the shared client, the pinned or shifted clock, re-seedable ids, the
 * preloaded manifests and a kubeconfig file. Lives in JUnit's store, which closes it.
 */
final class SimulatedCluster implements TestCluster, AutoCloseable {

  private final ClusterSettings settings;
  private final KubeSimulator simulator;
  private final MutableClock clock;
  private final ResettableIdSource ids;
  private final Manifests manifests;
  private final ScratchDirectory scratch;
  private final ClientFactory clients;
  private final KubernetesClient client;
  private final Path kubeconfig;

  private SimulatedCluster(ClusterSettings settings, KubeSimulator simulator, MutableClock clock,
      ResettableIdSource ids, Manifests manifests, ScratchDirectory scratch) {
    this.settings = settings;
    this.simulator = simulator;
    this.clock = clock;
    this.ids = ids;
    this.manifests = manifests;
    this.scratch = scratch;
    this.kubeconfig = simulator.writeKubeconfig(scratch.path().resolve("kubeconfig"));
    this.clients = ClientFactory.forSimulator(simulator.baseUrl(), "default");
    this.client = clients.newClient();
  }

  /**
   * Starts a simulator as {@code settings} say and preloads the manifests.
   *
   * @throws ExtensionConfigurationException naming the declaration and the problem
   */
  static SimulatedCluster start(ClusterSettings settings, ClassLoader loader) {
    String by = settings.declaredBy();
    if (settings.tls()) {
      throw new ExtensionConfigurationException(by + ": tls = true, but kubesim cannot serve "
          + "TLS yet; the simulator listens on plain HTTP only. Remove tls = true.");
    }
    Manifests manifests = Manifests.load(settings.manifests(), loader, by);
    ScratchDirectory scratch = ScratchDirectory.create();
    SimulatedCluster cluster = null;
    try {
      Path admissionConfig = settings.admissionConfigResource().isEmpty() ? null
          : scratch.classpathFile(settings.admissionConfigResource(), loader, by);
      SimulatorOptions.Builder options = settings.options().toBuilder();
      MutableClock clock = settings.fixedClock() != null
          ? MutableClock.fixedAt(settings.fixedClock())
          : settings.options().clock() instanceof MutableClock given ? given
          : MutableClock.following(settings.options().clock());
      ResettableIdSource ids = settings.seed() == null ? null
          : new ResettableIdSource(settings.seed());
      options.clock(clock);
      if (ids != null) {
        options.ids(ids);
      }
      if (admissionConfig != null) {
        AdmissionSettings admission = settings.options().admission();
        options.admission(new AdmissionSettings(admission.enablePlugins(),
            admission.disablePlugins(), admissionConfig, admission.pluginConfigurations()));
      }
      String what = settings.admissionConfigResource().isEmpty() ? ""
          : " (" + settings.admissionConfigResource() + ")";
      cluster = new SimulatedCluster(settings, startSimulator(options.build(), by, what), clock,
          ids, manifests, scratch);
      cluster.preload();
      return cluster;
    } catch (RuntimeException e) {
      if (cluster != null) {
        cluster.close();
      } else {
        scratch.close();
      }
      throw e;
    }
  }

  private static KubeSimulator startSimulator(SimulatorOptions options, String by,
      String configFile) {
    try {
      return KubeSimulator.start(options);
    } catch (AdmissionConfigurationException e) {
      throw new ExtensionConfigurationException(by + ": the admission configuration" + configFile
          + " is invalid: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(by + ": the simulator cannot start on "
          + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
    }
  }

  private void preload() {
    manifests.createWith(client, settings.declaredBy());
    simulator.journal().clear(); // the test's journal starts with the test's own requests
  }

  ClusterSettings settings() {
    return settings;
  }

  @Override
  public boolean isSimulated() {
    return true;
  }

  @Override
  public String baseUrl() {
    return simulator.baseUrl();
  }

  @Override
  public Path kubeconfig() {
    return kubeconfig;
  }

  @Override
  public String namespace() {
    return "default";
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
    return AdmissionJournal.of(simulator.journal());
  }

  @Override
  public MutableClock clock() {
    return clock;
  }

  @Override
  public KubeSimulator simulator() {
    return simulator;
  }

  @Override
  public synchronized void reset() {
    // ids and clock first: the cluster seed and the manifests then get the same ids and times
    if (ids != null) {
      ids.reset();
    }
    clock.reset();
    simulator.reset();
    if (!manifests.isEmpty()) {
      preload();
    }
  }

  @Override
  public synchronized void register(AdmissionPlugin... plugins) {
    List<AdmissionPlugin> all = new ArrayList<>(simulator.runtimePlugins());
    all.addAll(List.of(plugins));
    try {
      simulator.runtimePlugins(all);
    } catch (AdmissionConfigurationException e) {
      throw new ExtensionConfigurationException("cannot register admission plugins: "
          + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try (scratch; simulator; clients) {
      // closed in reverse order: clients first, then the simulator, then the files
    }
  }

  @Override
  public String toString() {
    return "kubesim at " + baseUrl();
  }
}
