package io.kubesim.admission.chain;

import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.PluginEnvironment;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.ClusterWriter;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.admission.config.PluginConfigurations;
import io.kubesim.admission.plugins.EnabledPlugins;
import io.kubesim.admission.plugins.KnownPlugin;
import io.kubesim.admission.plugins.PluginRegistry;
import io.kubesim.admission.status.GoQuote;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds an {@link OrderedAdmissionChain} the way kube-apiserver starts admission: resolve the
 * flags, read the configuration file, then create every enabled plugin from its configuration.
 * Every problem fails {@link #build()}; nothing is left for the first request to discover.
 *
 * <p>A plugin kubesim does not implement yet fails the build when named in
 * {@code --enable-admission-plugins}; when it is merely on by default it is left out and reported
 * in {@link OrderedAdmissionChain#startupWarnings()}, so the default settings still start.
 */
public final class AdmissionChainBuilder {

  private AdmissionSettings settings = AdmissionSettings.defaults();
  private PluginRegistry registry;
  private ClusterView cluster = ClusterView.empty();
  private ClusterWriter writer = ClusterWriter.readOnly();
  private Clock clock = Clock.systemUTC();
  private IdSource ids = IdSource.random();
  private List<AdmissionPlugin> custom = List.of();

  AdmissionChainBuilder() {}

  public AdmissionChainBuilder settings(AdmissionSettings settings) {
    this.settings = settings;
    return this;
  }

  /** The plugins to choose from; defaults to {@link PluginRegistry#builtIn()}. */
  public AdmissionChainBuilder registry(PluginRegistry registry) {
    this.registry = registry;
    return this;
  }

  /** The cluster lookups plugins use; defaults to an empty cluster. */
  public AdmissionChainBuilder cluster(ClusterView cluster) {
    this.cluster = cluster;
    return this;
  }

  /** Where plugins create objects (NamespaceAutoProvision); defaults to refusing every write. */
  public AdmissionChainBuilder writer(ClusterWriter writer) {
    this.writer = writer;
    return this;
  }

  public AdmissionChainBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public AdmissionChainBuilder ids(IdSource ids) {
    this.ids = ids;
    return this;
  }

  /**
   * Plugins given in code, such as a test's in-process webhook handlers; they run where
   * kube-apiserver calls admission webhooks (see {@link CustomPluginPlacement}). Their names must
   * differ from every known plugin's.
   */
  public AdmissionChainBuilder customPlugins(List<? extends AdmissionPlugin> plugins) {
    this.custom = List.copyOf(plugins);
    return this;
  }

  /**
   * Creates the chain.
   *
   * @throws AdmissionConfigurationException with upstream's messages when anything is wrong
   */
  public OrderedAdmissionChain build() {
    PluginRegistry plugins = registry == null ? PluginRegistry.builtIn() : registry;
    List<String> enabled = EnabledPlugins.resolve(settings, plugins);
    PluginConfigurations configurations = PluginConfigurations.load(settings, enabled);
    PluginEnvironment environment = new PluginEnvironment(cluster, clock, ids, writer);
    Map<String, AdmissionPlugin> created = new HashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String name : enabled) {
      plugins.known(name).flatMap(KnownPlugin::startupWarning).ifPresent(warnings::add);
      Optional<PluginFactory<?>> factory = plugins.factory(name);
      if (factory.isEmpty() && settings.enablePlugins().contains(name)) {
        problems.add("enable-admission-plugins plugin " + GoQuote.quote(name)
            + " is not implemented in kubesim yet");
      } else if (factory.isEmpty()) {
        warnings.add("default admission plugin " + GoQuote.quote(name)
            + " is not implemented in kubesim yet; requests are admitted without it");
      } else {
        try {
          created.put(name, factory.get().createFrom(
              configurations.configFor(name).orElse(null), environment));
        } catch (AdmissionConfigurationException e) {
          problems.addAll(e.problems());
        } catch (RuntimeException e) {
          problems.add("couldn't init admission plugin " + GoQuote.quote(name) + ": "
              + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AdmissionConfigurationException(problems);
    }
    return new OrderedAdmissionChain(
        CustomPluginPlacement.place(plugins.order(), created, custom), warnings);
  }
}
