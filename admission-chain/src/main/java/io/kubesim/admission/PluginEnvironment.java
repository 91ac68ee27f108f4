package io.kubesim.admission;

import io.kubesim.admission.cluster.ClusterView;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything a plugin may use besides its request: read access to the cluster, a clock and an id
 * source. Factories receive it at start-up, so plugins never reach for global state.
 *
 * @param cluster read-only lookups of stored objects (namespaces, service accounts, quotas, ...)
 * @param clock the time source; tests pass a fixed clock
 * @param ids the source of unique ids
 */
public record PluginEnvironment(ClusterView cluster, Clock clock, IdSource ids) {

  public PluginEnvironment {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
  }

  /** An environment over {@code cluster} with the system clock and random ids. */
  public static PluginEnvironment of(ClusterView cluster) {
    return new PluginEnvironment(cluster, Clock.systemUTC(), IdSource.random());
  }

  /** The same environment with another clock. */
  public PluginEnvironment withClock(Clock newClock) {
    return new PluginEnvironment(cluster, newClock, ids);
  }

  /** The same environment with another id source. */
  public PluginEnvironment withIds(IdSource newIds) {
    return new PluginEnvironment(cluster, clock, newIds);
  }
}
