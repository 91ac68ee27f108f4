package io.kubesim.simulator;

import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.UserInfo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import io.kubesim.admission.config.AdmissionSettings;

/**
 * Everything that configures one simulator; the CLI parses into this same type, and the JUnit
 * extension builds it. Build with {@link #builder()}.
 *
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port, 0 for a free one
 * @param dataDir a directory for the file-backed store, or null for the in-memory store
 * @param kubeconfig where to write a kubeconfig for the server, or null
 * @param admission the admission plugins and their configuration, as kube-apiserver's
 *     {@code --enable-admission-plugins}, {@code --disable-admission-plugins} and
 *     {@code --admission-control-config-file}
 * @param user the user every request runs as
 * @param clock the source of timestamps
 * @param ids the source of UIDs and generated names
 * @param journalSize how many requests the journal keeps
 * @param watchHistory how many store events are kept for watch resume
 * @param verbose log one line per request
 * @param plugins admission plugins given in code (in-process plugins and webhook handlers); they
 *     run where kube-apiserver calls admission webhooks, and their names must differ from every
 *     built-in plugin's
 */
public record SimulatorOptions(
    String host,
    int port,
    Path dataDir,
    Path kubeconfig,
    AdmissionSettings admission,
    UserInfo user,
    Clock clock,
    IdSource ids,
    int journalSize,
    int watchHistory,
    boolean verbose,
    List<AdmissionPlugin> plugins) {

  public SimulatorOptions {
    plugins = plugins == null ? List.of() : List.copyOf(plugins);
  }

  /** The default user: an administrator, as a fresh cluster's admin kubeconfig. */
  public static final UserInfo DEFAULT_USER =
      UserInfo.of("kubesim-admin", "system:masters", "system:authenticated");

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.host = host;
    b.port = port;
    b.dataDir = dataDir;
    b.kubeconfig = kubeconfig;
    b.admission = admission;
    b.user = user;
    b.clock = clock;
    b.ids = ids;
    b.journalSize = journalSize;
    b.watchHistory = watchHistory;
    b.verbose = verbose;
    b.plugins.addAll(plugins);
    return b;
  }

  /** Builds {@link SimulatorOptions}; every setting has a sensible default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Path dataDir;
    private Path kubeconfig;
    private AdmissionSettings admission = AdmissionSettings.defaults();
    private UserInfo user = DEFAULT_USER;
    private Clock clock = Clock.systemUTC();
    private IdSource ids = IdSource.random();
    private int journalSize = 1000;
    private int watchHistory = 10_000;
    private boolean verbose;
    private final List<AdmissionPlugin> plugins = new ArrayList<>();

    public Builder host(String v) { host = v; return this; }
    public Builder port(int v) { port = v; return this; }
    public Builder dataDir(Path v) { dataDir = v; return this; }
    public Builder kubeconfig(Path v) { kubeconfig = v; return this; }
    public Builder admission(AdmissionSettings v) { admission = v; return this; }
    public Builder user(UserInfo v) { user = v; return this; }
    public Builder clock(Clock v) { clock = v; return this; }
    public Builder ids(IdSource v) { ids = v; return this; }
    public Builder journalSize(int v) { journalSize = v; return this; }
    public Builder watchHistory(int v) { watchHistory = v; return this; }
    public Builder verbose(boolean v) { verbose = v; return this; }
    /** Adds admission plugins given in code; repeated calls add up. */
    public Builder plugins(AdmissionPlugin... v) { plugins.addAll(List.of(v)); return this; }

    public SimulatorOptions build() {
      return new SimulatorOptions(host, port, dataDir, kubeconfig, admission, user, clock, ids,
          journalSize, watchHistory, verbose, plugins);
    }
  }
}
