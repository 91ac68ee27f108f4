package io.kubesim.simulator.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import java.util.concurrent.TimeUnit;

/** The fabric8 client a user would point at the simulator, and raw requests through it. */
final class Clients {

  private Clients() {}

  /** A fabric8 client on the JDK HTTP client (never the default Vert.x 4 one). */
  static KubernetesClient fabric8(KubeSimulator sim) {
    return new KubernetesClientBuilder()
        .withConfig(new ConfigBuilder().withMasterUrl(sim.baseUrl()).build())
        .withHttpClientFactory(new JdkHttpClientFactory()).build();
  }

  /** A raw answer: status, {@code Audit-Id} header, JSON body. */
  record Answer(int code, String auditId, JsonNode body) {}

  /** Sends {@code method path} with a JSON body (or none), as kubectl would. */
  static Answer send(KubernetesClient client, String method, String path, String json)
      throws Exception {
    HttpRequest.Builder builder = client.getHttpClient().newHttpRequestBuilder()
        .uri(client.getMasterUrl().toString().replaceAll("/$", "") + path);
    if (json != null) {
      builder.method(method, "application/json", json);
    }
    HttpResponse<String> response =
        client.getHttpClient().sendAsync(builder.build(), String.class).get(10, TimeUnit.SECONDS);
    return new Answer(response.code(), response.header("Audit-Id"),
        ObjectMappers.json().readTree(response.body()));
  }
}
