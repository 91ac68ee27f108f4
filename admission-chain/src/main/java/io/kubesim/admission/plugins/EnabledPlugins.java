package io.kubesim.admission.plugins;

import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.admission.status.GoQuote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * kube-apiserver's flag algorithm: which plugins run, in which order.
 *
 * <pre>
 * off      = default-off plugins ∪ --disable-admission-plugins
 * disabled = off \ --enable-admission-plugins
 * enabled  = [p in plugin order if p ∉ disabled]
 * </pre>
 *
 * The order of names in the flags never matters.
 */
public final class EnabledPlugins {

  private EnabledPlugins() {}

  /**
   * The enabled plugin names in execution order.
   *
   * @throws AdmissionConfigurationException with upstream's messages for unknown names and for a
   *     name in both flags
   */
  public static List<String> resolve(AdmissionSettings settings, PluginRegistry registry) {
    validate(settings, registry);
    Set<String> disabled = new HashSet<>(settings.disablePlugins());
    registry.order().stream().filter(p -> !p.defaultOn()).forEach(p -> disabled.add(p.name()));
    settings.enablePlugins().forEach(disabled::remove);
    return registry.order().stream().map(KnownPlugin::name)
        .filter(name -> !disabled.contains(name)).toList();
  }

  private static void validate(AdmissionSettings settings, PluginRegistry registry) {
    List<String> problems = new ArrayList<>();
    for (String name : settings.enablePlugins()) {
      if (registry.known(name).isEmpty()) {
        problems.add("enable-admission-plugins plugin " + GoQuote.quote(name) + " is unknown");
      }
    }
    for (String name : settings.disablePlugins()) {
      if (registry.known(name).isEmpty()) {
        problems.add("disable-admission-plugins plugin " + GoQuote.quote(name) + " is unknown");
      }
    }
    Set<String> overlap = new TreeSet<>(settings.enablePlugins());
    overlap.retainAll(settings.disablePlugins());
    if (!overlap.isEmpty()) {
      // Go prints the sorted []string with %v: [A B]
      problems.add("[" + String.join(" ", overlap) + "] in enable-admission-plugins and "
          + "disable-admission-plugins overlapped");
    }
    if (!problems.isEmpty()) {
      throw new AdmissionConfigurationException(problems);
    }
  }
}
