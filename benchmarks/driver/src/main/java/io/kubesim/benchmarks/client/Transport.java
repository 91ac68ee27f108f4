package io.kubesim.benchmarks.client;

import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.vertx5.Vertx5HttpClientFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The fabric8 client's HTTP transports that work beside Vert.x 5: the JDK's {@code HttpClient}
 * and fabric8's Vert.x 5 client. Every target of one run uses the same one, so the floor moves
 * with it.
 */
public enum Transport {
  JDK(JdkHttpClientFactory::new),
  VERTX5(Vertx5HttpClientFactory::new);

  private final Supplier<HttpClient.Factory> factory;

  Transport(Supplier<HttpClient.Factory> factory) {
    this.factory = factory;
  }

  /** A new factory for this transport. */
  public HttpClient.Factory factory() {
    return factory.get();
  }

  /** The transport {@code -Dbench.transport} names, JDK when unset. */
  public static Transport fromSystemProperty() {
    return valueOf(System.getProperty("bench.transport", "jdk").toUpperCase(Locale.ROOT));
  }
}
