package io.kubesim.simulator.compat;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import io.kubesim.simulator.KubeSimulator;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the official Java client for a simulator the way a user would: from the kubeconfig the
 * simulator writes.
 */
final class OfficialClient {

  private OfficialClient() {}

  /** A client for {@code sim}, its kubeconfig written into {@code dir}. */
  static ApiClient forSimulator(KubeSimulator sim, Path dir) throws IOException {
    Path kubeconfig = sim.writeKubeconfig(dir.resolve("kubeconfig"));
    ApiClient client;
    try (Reader reader = Files.newBufferedReader(kubeconfig)) {
      client = ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(reader)).build();
    }
    // Watches stay open while idle; OkHttp's default 10s read timeout would cut them.
    client.setReadTimeout(0);
    return client;
  }

  /** Frees OkHttp's threads and connections, so that tests do not leak them. */
  static void close(ApiClient client) {
    client.getHttpClient().dispatcher().executorService().shutdownNow();
    client.getHttpClient().connectionPool().evictAll();
  }
}
