package io.kubesim.junit;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the fabric8 clients a cluster hands out, always on the JDK HTTP client, and closes them
 * all with the cluster. Client configuration never comes from the developer's own
 * {@code ~/.kube/config} or environment: a test talks to the cluster it was given, nothing else.
 */
final class ClientFactory implements AutoCloseable {

  private final Config config;
  private final List<KubernetesClient> made = new ArrayList<>();

  private ClientFactory(Config config) {
    this.config = config;
  }

  /**
   * Clients for a simulator: no retries, so that a test sees a 500 (a failing webhook, say) at
   * once, as the API server sent it, instead of after fabric8's back-off.
   */
  static ClientFactory forSimulator(String baseUrl, String namespace) {
    return new ClientFactory(new ConfigBuilder(Config.empty()).withMasterUrl(baseUrl)
        .withNamespace(namespace).withRequestRetryBackoffLimit(0).build());
  }

  /** Clients for the cluster {@code kubeconfig} names, defaulting to {@code namespace}. */
  static ClientFactory fromKubeconfig(Path kubeconfig, String namespace) {
    Config config = Config.fromKubeconfig(kubeconfig.toFile());
    config.setNamespace(namespace);
    return new ClientFactory(config);
  }

  /** A new client, closed with this factory. */
  synchronized KubernetesClient newClient() {
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config)
        .withHttpClientFactory(new JdkHttpClientFactory()).build();
    made.add(client);
    return client;
  }

  @Override
  public synchronized void close() {
    made.forEach(KubernetesClient::close);
    made.clear();
  }
}
