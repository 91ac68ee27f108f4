package io.kubesim.simulator.cli;

import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kubesim serve}: runs a standalone simulated API server until SIGTERM/SIGINT, after
 * writing a kubeconfig and printing how to point kubectl at it. Parses into
 * {@link SimulatorOptions}, the same type tests build.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start a standalone simulated API server.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind.")
  String host;

  @Option(names = "--port", defaultValue = "6443", description = "Port (0 = a free port).")
  int port;

  @Option(names = "--data-dir", description = "Keep objects in a file-backed store here.")
  Path dataDir;

  @Option(names = "--kubeconfig", defaultValue = "kubesim.kubeconfig",
      description = "Where to write a kubeconfig for this server.")
  Path kubeconfig;

  @Option(names = "--enable-admission-plugins", split = ",",
      description = "Admission plugins to enable in addition to the default ones.")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable-admission-plugins", split = ",",
      description = "Admission plugins to disable, including default ones.")
  List<String> disable = new ArrayList<>();

  @Option(names = "--admission-control-config-file",
      description = "An AdmissionConfiguration file (apiserver.config.k8s.io/v1).")
  Path admissionConfig;

  @Option(names = "--audit-log-path",
      description = "Append audit.k8s.io/v1 events (level Metadata) to this file.")
  Path auditLogPath;
  @Option(names = "--tls", description = "Serve HTTPS with a generated CA, which the kubeconfig "
      + "carries; kubectl then sends the kubeconfig's token.")
  boolean tls;

  @Option(names = {"-v", "--verbose"}, description = "Log one line per request.")
  boolean verbose;

  /** The options the parsed flags describe: what {@link #call()} starts the server with. */
  SimulatorOptions options() {
    AdmissionSettings admission = AdmissionSettings.builder()
        .enable(enable.toArray(String[]::new)).disable(disable.toArray(String[]::new))
        .admissionControlConfigFile(admissionConfig).build();
    return SimulatorOptions.builder().host(host).port(port)
        .dataDir(dataDir).kubeconfig(kubeconfig).admission(admission)
        .auditLogPath(auditLogPath).verbose(verbose).tls(tls).build();
  }

  @Override
  public Integer call() throws InterruptedException {
    SimulatorOptions options = options();
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.log.io.kubesim", "info");
    }
    KubeSimulator sim = KubeSimulator.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sim.close();
      // Tells whoever sent SIGTERM that the store was closed, not cut off mid-write.
      System.out.println("kubesim stopped");
      System.out.flush();
      stopped.countDown();
    }, "kubesim-shutdown"));
    System.out.println("kubesim is serving the Kubernetes API at " + sim.baseUrl());
    System.out.println("Point kubectl at it:");
    System.out.println("  export KUBECONFIG=" + kubeconfig.toAbsolutePath());
    System.out.println("  kubectl get namespaces");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
