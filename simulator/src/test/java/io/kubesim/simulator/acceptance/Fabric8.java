package io.kubesim.simulator.acceptance;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.simulator.KubeSimulator;

/** Builds the fabric8 client the way a user points it at a simulator: JDK HTTP client, no auth. */
final class Fabric8 {

  private Fabric8() {}

  /** A client for {@code sim}; close it after use. */
  static KubernetesClient clientFor(KubeSimulator sim) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder()
                .withMasterUrl(sim.baseUrl())
                .withNamespace("default")
                .withRequestRetryBackoffLimit(0)
                .build())
        .withHttpClientFactory(new JdkHttpClientFactory())
        .build();
  }
}
