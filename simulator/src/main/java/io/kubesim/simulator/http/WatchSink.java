package io.kubesim.simulator.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.ServerWebSocket;

/**
 * Where a watch's events go: a chunked HTTP response (one JSON event per line) or a WebSocket
 * (one text frame per event), the two transports kube-apiserver offers on the same URL.
 * Called on the connection's event-loop context only.
 */
interface WatchSink {

  /** Sends one event line. */
  void send(String json);

  /** Ends the stream normally (terminating chunk, or close frame 1000). */
  void end();

  /** Runs {@code action} once when the client goes away or the stream ends. */
  void onClose(Runnable action);

  static WatchSink chunked(HttpServerResponse response) {
    return new WatchSink() {
      @Override
      public void send(String json) {
        if (!response.ended() && !response.closed()) {
          response.write(json + "\n");
        }
      }

      @Override
      public void end() {
        if (!response.ended() && !response.closed()) {
          response.end();
        }
      }

      @Override
      public void onClose(Runnable action) {
        response.closeHandler(v -> action.run());
        response.endHandler(v -> action.run());
      }
    };
  }

  static WatchSink webSocket(ServerWebSocket ws) {
    return new WatchSink() {
      @Override
      public void send(String json) {
        if (!ws.isClosed()) {
          ws.writeTextMessage(json + "\n");
        }
      }

      @Override
      public void end() {
        if (!ws.isClosed()) {
          ws.close((short) 1000);
        }
      }

      @Override
      public void onClose(Runnable action) {
        ws.closeHandler(v -> action.run());
      }
    };
  }
}
