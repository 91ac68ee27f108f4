package io.kubesim.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Writes a kubeconfig that points kubectl and other clients at a simulator. */
final class Kubeconfig {

  private Kubeconfig() {}

  /**
   * Writes the kubeconfig; {@code caCertificatePem} is null for plain HTTP, else the CA clients
   * verify the server with (kubectl then also sends the token, which it never does over HTTP).
   */
  static void write(Path file, String server, String caCertificatePem) throws IOException {
    String authority = caCertificatePem == null ? "" : "\n    certificate-authority-data: "
        + Base64.getEncoder().encodeToString(caCertificatePem.getBytes(StandardCharsets.UTF_8));
    String yaml = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: kubesim
          cluster:
            server: %s%s
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
        """.formatted(server, authority);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, yaml);
  }
}
