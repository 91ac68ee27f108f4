package io.kubesim.simulator.kubectl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** What a test can tell about a port on 127.0.0.1 from outside the server that had it. */
public final class LocalPorts {

  private LocalPorts() {}

  /** True when nothing listens on {@code port} any more: a connection is refused. */
  public static boolean refusesConnections(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return false;
    } catch (ConnectException e) {
      return true;
    }
  }
}
