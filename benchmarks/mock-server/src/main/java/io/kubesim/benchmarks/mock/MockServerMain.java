package io.kubesim.benchmarks.mock;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.HashMap;

/**
 * Starts fabric8's {@code kubernetes-server-mock} in CRUD mode on loopback, prints {@code
 * LISTENING <port>} on stdout and serves until its stdin closes.
 *
 * <p>It is configured exactly as {@code @EnableKubernetesMockClient(crud = true)} configures it
 * (plain HTTP), so the benchmark measures what a test using the mock would get. It runs in its own
 * JVM because it is built on Vert.x 4, which cannot share a classpath with kubesim's Vert.x 5; the
 * parent closing our stdin (or dying) is the stop signal, so no orphan server outlives a run.
 */
public final class MockServerMain {

  private MockServerMain() {}

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
    server.init(InetAddress.getLoopbackAddress(), port);
    System.out.println("LISTENING " + server.getPort());
    System.out.flush();
    try (InputStream in = System.in) {
      while (in.read() >= 0) {
        // Drain until the driver closes the pipe.
      }
    } finally {
      server.destroy();
    }
    System.exit(0);
  }
}
