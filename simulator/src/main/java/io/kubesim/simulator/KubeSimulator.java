package io.kubesim.simulator;

import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ReleaseFacts;
import io.kubesim.simulator.api.discovery.DiscoveryDocuments;
import io.kubesim.simulator.api.openapi.OpenApi;
import io.kubesim.simulator.api.table.OutputConversion;
import io.kubesim.simulator.api.table.TablePrinters;
import io.kubesim.simulator.controller.GarbageCollector;
import io.kubesim.simulator.controller.NamespaceDefaultsController;
import io.kubesim.simulator.controller.NamespaceFinalizer;
import io.kubesim.simulator.http.ApiHttpServer;
import io.kubesim.simulator.journal.AuditLog;
import io.kubesim.simulator.journal.RequestJournal;
import io.kubesim.simulator.pipeline.AccessStages;
import io.kubesim.simulator.pipeline.Authenticator;
import io.kubesim.simulator.pipeline.Authorizer;
import io.kubesim.simulator.pipeline.RequestPipeline;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.pipeline.StoreClusterView;
import io.kubesim.simulator.pipeline.StoreClusterWriter;
import io.kubesim.simulator.pipeline.WriteContext;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.ObjectStores;
import io.kubesim.simulator.store.StoreOptions;
import io.kubesim.simulator.tls.ServingCertificates;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running simulated kube-apiserver: HTTP API on a local port, request pipeline, admission
 * chain and etcd-like store. Start one with {@link #start(SimulatorOptions)}; close it to stop.
 *
 * <pre>{@code
 * try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder().build())) {
 *   String url = sim.baseUrl();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class KubeSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KubeSimulator.class);

  private final SimulatorOptions options;
  private final Vertx vertx;
  private final ObjectStore store;
  private final WriteContext context;
  private final ReplaceableAdmissionChain admission;
  private final RequestJournal journal;
  private final AuditLog auditLog;
  private final ExecutorService controllers;
  private final NamespaceDefaultsController namespaceDefaults;
  private final ApiHttpServer server;
  private final int port;
  private final ServingCertificates certificates;

  private KubeSimulator(SimulatorOptions options) {
    this.options = options;
    ResourceRegistry registry = BuiltIns.REGISTRY;
    StoreOptions storeOptions = StoreOptions.defaults().withHistorySize(options.watchHistory());
    this.store = options.dataDir() == null
        ? ObjectStores.inMemory(storeOptions)
        : ObjectStores.fileBacked(options.dataDir(), storeOptions);
    ResourceStore resources = new ResourceStore(store);
    this.controllers = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "kubesim-controllers");
      t.setDaemon(true);
      return t;
    });
    this.namespaceDefaults = new NamespaceDefaultsController(registry, resources,
        options.clock(), options.ids(), controllers);
    try {
      this.admission = new ReplaceableAdmissionChain(options, new StoreClusterView(store),
          new StoreClusterWriter(registry, resources, options.clock(), options.ids(),
              namespaceDefaults));
    } catch (RuntimeException e) {
      controllers.shutdownNow();
      store.close(); // a rejected admission configuration fails start-up without leaking
      throw e;
    }
    logStartupWarnings(admission.startupWarnings());
    this.context = new WriteContext(registry, resources, admission, options.clock(),
        options.ids(), namespaceDefaults);
    this.journal = new RequestJournal(options.journalSize());
    GarbageCollector gc = new GarbageCollector(registry, resources, options.clock());
    NamespaceFinalizer namespaces = new NamespaceFinalizer(registry, resources, controllers,
        options.clock());
    AccessStages access = new AccessStages(Authenticator.defaultUser(options.user()),
        Authorizer.allowAll());
    RequestPipeline pipeline = new RequestPipeline(context, access, journal, gc, namespaces,
        options.verbose());
    ClusterSeed.apply(context);
    namespaceDefaults.start();
    this.auditLog = options.auditLogPath() == null ? null
        : AuditLog.open(options.auditLogPath(), journal);
    this.vertx = Vertx.vertx();
    this.server = new ApiHttpServer(vertx, registry, pipeline, resources, journal,
        BuiltIns.DISCOVERY, BuiltIns.OPENAPI,
        new OutputConversion(BuiltIns.TABLES, options.clock()), options.dataDir() != null);
    try {
      this.certificates = options.tls() ? ServingCertificates.generate(options.host()) : null;
      this.port = server.listen(options.host(), options.port(), serverOptions(certificates))
          .await();
    } catch (RuntimeException e) {
      // a taken port must not leave event-loop threads and the store behind
      vertx.close().await();
      controllers.shutdownNow();
      store.close();
      throw e;
    }
  }

  private static HttpServerOptions serverOptions(ServingCertificates certificates) {
    HttpServerOptions http = new HttpServerOptions();
    if (certificates == null) {
      return http;
    }
    return http.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
        .addCertValue(Buffer.buffer(certificates.certificatePem()))
        .addKeyValue(Buffer.buffer(certificates.privateKeyPem())));
  }

  private static final java.util.regex.Pattern NOT_IMPLEMENTED = java.util.regex.Pattern.compile(
      "default admission plugin \"([^\"]+)\" is not implemented in kubesim yet.*");

  /** One line for the default plugins kubesim lacks, one per other warning. */
  private static void logStartupWarnings(List<String> warnings) {
    List<String> missing = new ArrayList<>();
    for (String warning : warnings) {
      java.util.regex.Matcher m = NOT_IMPLEMENTED.matcher(warning);
      if (m.matches()) {
        missing.add(m.group(1));
      } else {
        LOG.warn("admission: {}", warning);
      }
    }
    if (!missing.isEmpty()) {
      LOG.warn("admission: {} default plugins are not implemented yet and admit everything: {}",
          missing.size(), String.join(", ", missing));
    }
  }

  /** The built-in types, scanned once per JVM so that further simulators start fast. */
  private static final class BuiltIns {
    static final ResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();
    static final TablePrinters TABLES = TablePrinters.builtIn();
    static final DiscoveryDocuments DISCOVERY =
        DiscoveryDocuments.create(REGISTRY, ReleaseFacts.kubernetes133());
    /** Generated on the first OpenAPI request, then shared by every simulator in the JVM. */
    static final OpenApi OPENAPI =
        OpenApi.create(REGISTRY, ReleaseFacts.kubernetes133().version());
  }

  /** Starts a simulator and waits until it listens. */
  public static KubeSimulator start(SimulatorOptions options) {
    KubeSimulator sim = new KubeSimulator(options);
    if (options.kubeconfig() != null) {
      sim.writeKubeconfig(options.kubeconfig());
    }
    return sim;
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** {@code http://<host>:<port>}, or {@code https://} when serving TLS. */
  public String baseUrl() {
    return (certificates == null ? "http://" : "https://") + options.host() + ":" + port;
  }

  /** The options it runs with. */
  public SimulatorOptions options() {
    return options;
  }

  /** The store behind the API (read it to check what was persisted). */
  public ObjectStore store() {
    return store;
  }

  /** The journal of recent requests and their traces. */
  public RequestJournal journal() {
    return journal;
  }

  /**
   * Replaces the admission plugins added at run time (placed like {@link
   * SimulatorOptions#plugins()}, which stay) and rebuilds the chain; later requests run through
   * them. {@link #reset()} removes them again.
   *
   * @throws io.kubesim.admission.config.AdmissionConfigurationException when a name is taken
   */
  public void runtimePlugins(List<? extends AdmissionPlugin> plugins) {
    admission.replaceRuntimePlugins(plugins);
  }

  /** The admission plugins added at run time, in the order given. */
  public List<AdmissionPlugin> runtimePlugins() {
    return admission.runtimePlugins();
  }

  /**
   * Back to a fresh cluster: every object removed, the seed restored, the journal emptied, the
   * plugins added at run time removed.
   */
  public void reset() {
    admission.replaceRuntimePlugins(List.of());
    store.clear();
    ClusterSeed.apply(context);
    namespaceDefaults.start();
    journal.clear();
  }

  /** Writes a kubeconfig pointing at this server and returns its path. */
  public Path writeKubeconfig(Path file) {
    try {
      Kubeconfig.write(file, baseUrl(),
          certificates == null ? null : certificates.caCertificatePem());
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("cannot write kubeconfig " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      server.close().await();
      vertx.close().await();
    } finally {
      controllers.shutdownNow();
      if (auditLog != null) {
        auditLog.close();
      }
      store.close();
    }
  }
}
