package io.kubesim.simulator.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.ProcessResult;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code tls(true)} the simulator serves HTTPS with a certificate its kubeconfig's CA
 * verifies: kubectl and the JDK client trusting that CA connect, a client that trusts only the
 * system CAs does not.
 */
class TlsServingTest {

  @TempDir
  static Path home;

  private static KubeSimulator sim;
  private static Path kubeconfig;

  @BeforeAll
  static void start() {
    kubeconfig = home.resolve("kubeconfig");
    sim = KubeSimulator.start(SimulatorOptions.builder().tls(true).kubeconfig(kubeconfig)
        .build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void theKubeconfigNamesTheHttpsServerItsCaAndAToken() throws Exception {
    String yaml = Files.readString(kubeconfig);

    assertThat(sim.baseUrl()).startsWith("https://127.0.0.1:");
    assertThat(yaml).contains("server: " + sim.baseUrl(), "token: kubesim-token")
        .doesNotContain("insecure-skip-tls-verify");
    assertThat(caFromKubeconfig()).startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void kubectlVerifiesTheServerWithTheKubeconfigsCaAndSendsTheToken() throws Exception {
    KubectlBinary binary = KubectlBinary.locate();
    Assumptions.assumeTrue(binary.found(), binary.missing());

    ProcessResult run = new Kubectl(binary.path(), home, kubeconfig).run("get", "ns", "default",
        "-o", "name", "-v=8");

    assertThat(run.exitCode()).as("stderr: %s", run.stderr()).isZero();
    assertThat(run.stdout()).isEqualTo("namespace/default\n");
    assertThat(run.stderr()).contains("Authorization: Bearer <masked>");
  }

  @Test
  void theJdkClientTrustingTheCaGetsAnAnswer() throws Exception {
    HttpClient client = HttpClient.newBuilder().sslContext(trusting(caFromKubeconfig())).build();

    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/version")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"gitVersion\"");
  }

  @Test
  void aClientThatDoesNotTrustTheCaIsRefused() {
    HttpClient client = HttpClient.newHttpClient();

    assertThatThrownBy(() -> client.send(
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/version")).build(),
        HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(SSLHandshakeException.class);
  }

  private static String caFromKubeconfig() throws Exception {
    Matcher m = Pattern.compile("certificate-authority-data: (\\S+)")
        .matcher(Files.readString(kubeconfig));
    assertThat(m.find()).as("certificate-authority-data in the kubeconfig").isTrue();
    return new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
  }

  private static SSLContext trusting(String caPem) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("kubesim-ca", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.UTF_8))));
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
