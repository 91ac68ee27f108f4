package io.kubesim.benchmarks.servers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The client's floor: an HTTP server that answers every request with the same pod JSON (and a
 * collection GET with a list of copies of it), doing no work of its own. Whatever a real server
 * adds shows up as the distance from this floor.
 *
 * <p>The pod is the response kubesim gave for the benchmark's pod when these benchmarks were
 * written (service-account volume, priority, status), so the client parses the same amount of
 * JSON from the floor as from kubesim.
 */
public final class FloorServer implements ApiTarget {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final byte[] pod;
  private volatile byte[] list;

  private FloorServer(HttpServer server, byte[] pod) {
    this.server = server;
    this.pod = pod;
    this.list = listOf(0);
  }

  /** Starts the floor on a free loopback port. */
  public static FloorServer start() {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK and every exchange stalls ~40 ms; read once, before the first server exists.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try (InputStream in = FloorServer.class.getResourceAsStream("floor-pod.json")) {
      byte[] pod = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
      HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      FloorServer floor = new FloorServer(http, pod);
      http.createContext("/", floor::answer);
      http.setExecutor(floor.executor);
      http.start();
      return floor;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
      String method = exchange.getRequestMethod();
      boolean collectionGet = method.equals("GET") && exchange.getRequestURI().getPath().endsWith("/pods");
      byte[] body = collectionGet ? list : pod;
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(method.equals("POST") ? 201 : 200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void podCountChanged(int count) {
    list = listOf(count);
  }

  private byte[] listOf(int items) {
    StringBuilder json = new StringBuilder(pod.length * items + 200);
    json.append("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[");
    String item = new String(pod, StandardCharsets.UTF_8);
    for (int i = 0; i < items; i++) {
      json.append(i == 0 ? "" : ",").append(item);
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String name() {
    return "floor";
  }

  @Override
  public boolean stateful() {
    return false;
  }

  @Override
  public Config clientConfig() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .withNamespace("default")
        .build();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
