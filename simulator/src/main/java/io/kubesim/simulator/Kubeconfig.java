package io.kubesim.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a kubeconfig that points kubectl and other clients at a simulator. */
final class Kubeconfig {

  private Kubeconfig() {}

  static void write(Path file, String server) throws IOException {
    String yaml = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: kubesim
          cluster:
            server: %s
        users:
        - name: kubesim-admin
          user:
            token: kubesim-token
        contexts:
        - name: kubesim
          context:
            cluster: kubesim
            user: kubesim-admin
            namespace: default
        current-context: kubesim
        """.formatted(server);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, yaml);
  }
}
