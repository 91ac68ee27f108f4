package io.kubesim.simulator.acceptance;

import io.kubesim.simulator.KubeSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

/**
 * Raw HTTP against a simulator with the JDK client: the bytes, headers and media types a test
 * chooses, with no client library in between to fix them up.
 */
record RawApi(HttpClient http, String baseUrl) {

  static RawApi of(KubeSimulator sim) {
    return new RawApi(HttpClient.newHttpClient(), sim.baseUrl());
  }

  /** Sends {@code method path} with {@code body} (none when null) as {@code contentType}. */
  RawResponse send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(
                method,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new RawResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  RawResponse send(String method, String path, String contentType, String body) {
    return send(
        method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  RawResponse get(String path) {
    return send("GET", path, null, (byte[]) null);
  }

  RawResponse post(String path, String json) {
    return send("POST", path, "application/json", json);
  }

  RawResponse put(String path, String json) {
    return send("PUT", path, "application/json", json);
  }
}
