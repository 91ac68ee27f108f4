package io.kubesim.admission;

import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.ClusterWriter;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything a plugin may use besides its request: read access to the cluster, a clock, an id
 * source, and the few writes upstream plugins make through their API client. Factories receive
 * it at start-up, so plugins never reach for global state.
 *
 * @param cluster read-only lookups of stored objects (namespaces, service accounts, quotas, ...)
 * @param clock the time source; tests pass a fixed clock
 * @param ids the source of unique ids
 * @param writer creates objects on a plugin's behalf (NamespaceAutoProvision's namespaces)
 */
public record PluginEnvironment(ClusterView cluster, Clock clock, IdSource ids,
    ClusterWriter writer) {

  public PluginEnvironment {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(writer, "writer");
  }

  /** An environment that cannot write: every create through {@link #writer()} is refused. */
  public PluginEnvironment(ClusterView cluster, Clock clock, IdSource ids) {
    this(cluster, clock, ids, ClusterWriter.readOnly());
  }

  /** A read-only environment over {@code cluster} with the system clock and random ids. */
  public static PluginEnvironment of(ClusterView cluster) {
    return new PluginEnvironment(cluster, Clock.systemUTC(), IdSource.random());
  }

  /** The same environment with another clock. */
  public PluginEnvironment withClock(Clock newClock) {
    return new PluginEnvironment(cluster, newClock, ids, writer);
  }

  /** The same environment with another id source. */
  public PluginEnvironment withIds(IdSource newIds) {
    return new PluginEnvironment(cluster, clock, newIds, writer);
  }

  /** The same environment with another writer. */
  public PluginEnvironment withWriter(ClusterWriter newWriter) {
    return new PluginEnvironment(cluster, clock, ids, newWriter);
  }
}
