package io.kubesim.junit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.simulator.KubeSimulator;
import java.nio.file.Path;

/**
 * The cluster a test runs against, injected as a parameter: the simulator the extension started,
 * or the real cluster a kubeconfig names. The same test code runs against both; the methods
 * marked kubesim-only abort the test with a visible reason when the cluster is real, so such a
 * test is reported as skipped rather than failed.
 */
public interface TestCluster {

  /** True for a kubesim simulator, false for a real cluster. */
  boolean isSimulated();

  /** The API server's URL, e.g. {@code http://127.0.0.1:43121}. */
  String baseUrl();

  /** A kubeconfig file pointing at this cluster (kubectl and other clients can use it). */
  Path kubeconfig();

  /**
   * The namespace the injected clients use by default: {@code default} on kubesim, a fresh
   * namespace per test class on a real cluster.
   */
  String namespace();

  /** The shared client, the same one injected as a {@code KubernetesClient} parameter. */
  KubernetesClient client();

  /** A new client for this cluster; it is closed with the cluster unless closed before. */
  KubernetesClient newClient();

  /** The requests served, with their admission traces (kubesim-only when read). */
  AdmissionJournal journal();

  /** The simulator's clock, to pin or advance. Kubesim-only. */
  MutableClock clock();

  /** The simulator itself, for what this interface does not offer. Kubesim-only. */
  KubeSimulator simulator();

  /**
   * Back to a fresh cluster now: objects, journal, clock, ids, registered plugins; the preloaded
   * manifests are created again. Kubesim-only.
   */
  void reset();

  /**
   * Adds in-process admission plugins or webhook handlers (see {@link AdmissionWebhook}); they run
   * where kube-apiserver calls webhooks, until the next reset. Kubesim-only.
   *
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when a name is
   *     already taken
   */
  void register(AdmissionPlugin... plugins);
}
