package io.kubesim.admission.plugins;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the plugin order: a plugin name kube-apiserver knows, whether it is on by default,
 * and whether upstream has deprecated or removed it.
 *
 * @param name the plugin name
 * @param defaultOn true when enabled without being named in {@code --enable-admission-plugins}
 * @param lifecycle current, deprecated, or removed from upstream
 * @param removedIn the Kubernetes version that removed it, or empty
 */
public record KnownPlugin(String name, boolean defaultOn, Lifecycle lifecycle, String removedIn) {

  /** Where a plugin stands upstream. */
  public enum Lifecycle {
    CURRENT,
    DEPRECATED,
    REMOVED
  }

  public KnownPlugin {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lifecycle, "lifecycle");
    removedIn = removedIn == null ? "" : removedIn;
  }

  /** A current plugin that is on by default. */
  public static KnownPlugin on(String name) {
    return new KnownPlugin(name, true, Lifecycle.CURRENT, "");
  }

  /** A current plugin that is off by default. */
  public static KnownPlugin off(String name) {
    return new KnownPlugin(name, false, Lifecycle.CURRENT, "");
  }

  /** A deprecated plugin, off by default. */
  public static KnownPlugin deprecated(String name) {
    return new KnownPlugin(name, false, Lifecycle.DEPRECATED, "");
  }

  /** A plugin upstream removed in {@code version}; kubesim keeps it, off by default, to teach. */
  public static KnownPlugin removed(String name, String version) {
    return new KnownPlugin(name, false, Lifecycle.REMOVED, version);
  }

  /** What to tell the operator at start-up when this plugin is enabled. */
  public Optional<String> startupWarning() {
    return switch (lifecycle) {
      case CURRENT -> Optional.empty();
      // upstream logs this for AlwaysAdmit and AlwaysDeny
      case DEPRECATED -> Optional.of(name + " admission controller is deprecated. "
          + "Please remove this controller from your configuration files and scripts.");
      case REMOVED -> Optional.of(name + " admission plugin was removed in Kubernetes v" + removedIn
          + "; kubesim emulates its last released behaviour.");
    };
  }
}
