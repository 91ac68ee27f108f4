package io.kubesim.admission.plugins;

import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.plugins.alwaysadmit.AlwaysAdmit;
import io.kubesim.admission.plugins.alwaysdeny.AlwaysDeny;
import io.kubesim.admission.plugins.alwayspullimages.AlwaysPullImages;
import io.kubesim.admission.plugins.namespaceautoprovision.NamespaceAutoProvision;
import io.kubesim.admission.plugins.namespaceexists.NamespaceExists;
import io.kubesim.admission.plugins.namespacelifecycle.NamespaceLifecycle;
import io.kubesim.admission.plugins.priority.Priority;
import io.kubesim.admission.plugins.serviceaccount.ServiceAccount;
import io.kubesim.admission.plugins.defaulttolerationseconds.DefaultTolerationSeconds;
import io.kubesim.admission.plugins.extendedresourcetoleration.ExtendedResourceToleration;
import io.kubesim.admission.plugins.limitpodhardantiaffinitytopology.LimitPodHardAntiAffinityTopology;
import io.kubesim.admission.plugins.limitranger.LimitRanger;
import io.kubesim.admission.plugins.podnodeselector.PodNodeSelector;
import io.kubesim.admission.plugins.podtolerationrestriction.PodTolerationRestriction;
import io.kubesim.admission.plugins.taintnodesbycondition.TaintNodesByCondition;
import io.kubesim.admission.status.GoQuote;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugins kubesim knows, in execution order, and the factories of those it implements.
 *
 * <p>Every name in the order is known, so the flags accept it; only names with a registered
 * factory can actually run. Registration order is irrelevant. Filled at start-up, then only read.
 */
public final class PluginRegistry {

  private final List<KnownPlugin> order;
  private final Map<String, KnownPlugin> known = new HashMap<>();
  private final Map<String, PluginFactory<?>> factories = new LinkedHashMap<>();

  /** A registry over {@code order}, with no factories yet. */
  public PluginRegistry(List<KnownPlugin> order) {
    this.order = List.copyOf(order);
    for (KnownPlugin plugin : this.order) {
      if (known.put(plugin.name(), plugin) != null) {
        throw new IllegalArgumentException("plugin order lists " + plugin.name() + " twice");
      }
    }
  }

  /** The built-in order with every plugin kubesim implements. */
  public static PluginRegistry builtIn() {
    // the order of these calls is irrelevant: BuiltInPlugins.ORDER decides execution order
    return new PluginRegistry(BuiltInPlugins.ORDER)
        .register(AlwaysAdmit.factory())
        .register(NamespaceAutoProvision.factory())
        .register(NamespaceExists.factory())
        .register(NamespaceLifecycle.factory())
        .register(Priority.factory())
        .register(ServiceAccount.factory())
        .register(AlwaysDeny.factory())
        .register(AlwaysPullImages.factory())
        .register(LimitRanger.factory())
        .register(DefaultTolerationSeconds.factory())
        .register(ExtendedResourceToleration.factory())
        .register(LimitPodHardAntiAffinityTopology.factory())
        .register(PodNodeSelector.factory())
        .register(PodTolerationRestriction.factory())
        .register(TaintNodesByCondition.factory());
  }

  /**
   * Adds a factory.
   *
   * @throws AdmissionConfigurationException when the name is taken or not in the plugin order
   */
  public PluginRegistry register(PluginFactory<?> factory) {
    String name = factory.name();
    if (factories.containsKey(name)) {
      throw new AdmissionConfigurationException(
          "Admission plugin " + GoQuote.quote(name) + " was registered twice");
    }
    if (!known.containsKey(name)) {
      throw new AdmissionConfigurationException(
          "plugins [" + name + "] registered are not in RecommendedPluginOrder");
    }
    factories.put(name, factory);
    return this;
  }

  /** Every known plugin, in execution order. */
  public List<KnownPlugin> order() {
    return order;
  }

  /** The known plugin called {@code name}. */
  public Optional<KnownPlugin> known(String name) {
    return Optional.ofNullable(known.get(name));
  }

  /** The factory for {@code name}, absent when kubesim does not implement that plugin yet. */
  public Optional<PluginFactory<?>> factory(String name) {
    return Optional.ofNullable(factories.get(name));
  }

  /** The names that have a factory. */
  public Set<String> implemented() {
    return Set.copyOf(factories.keySet());
  }
}
