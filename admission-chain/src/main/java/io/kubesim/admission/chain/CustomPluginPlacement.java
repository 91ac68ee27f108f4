package io.kubesim.admission.chain;

import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionPlugin;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.config.AdmissionConfigurationException;
import io.kubesim.admission.plugins.KnownPlugin;
import io.kubesim.admission.status.GoQuote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places plugins given in code (a test's in-process plugins and webhook handlers) where
 * kube-apiserver calls its admission webhooks: mutating ones right after the
 * {@code MutatingAdmissionWebhook} position, validating ones right after
 * {@code ValidatingAdmissionWebhook}. Custom code thus sees objects after every in-tree mutation
 * and before {@code ResourceQuota}, as a real webhook does.
 *
 * <p>The positions hold whether or not the webhook plugins themselves are enabled: a test that
 * registers a plugin means it to run. A plugin with both capabilities is split into one view per
 * phase so that each phase calls it at its own position.
 */
final class CustomPluginPlacement {

  static final String MUTATING_SLOT = "MutatingAdmissionWebhook";
  static final String VALIDATING_SLOT = "ValidatingAdmissionWebhook";

  private CustomPluginPlacement() {}

  /**
   * The built-in plugins with the custom ones inserted at their slots.
   *
   * @param order every known plugin in execution order
   * @param builtIn the created built-in plugins by name
   * @param custom the plugins given in code, in the order given
   * @throws AdmissionConfigurationException when a custom name is a known plugin or repeated
   */
  static List<AdmissionPlugin> place(List<KnownPlugin> order, Map<String, AdmissionPlugin> builtIn,
      List<? extends AdmissionPlugin> custom) {
    checkNames(order, custom);
    List<AdmissionPlugin> placed = new ArrayList<>();
    for (KnownPlugin known : order) {
      AdmissionPlugin plugin = builtIn.get(known.name());
      if (plugin != null) {
        placed.add(plugin);
      }
      if (known.name().equals(MUTATING_SLOT)) {
        custom.stream().filter(p -> p instanceof MutatingPlugin)
            .map(p -> p instanceof ValidatingPlugin ? new MutatingView(p) : p)
            .forEach(placed::add);
      } else if (known.name().equals(VALIDATING_SLOT)) {
        custom.stream().filter(p -> p instanceof ValidatingPlugin)
            .map(p -> p instanceof MutatingPlugin ? new ValidatingView(p) : p)
            .forEach(placed::add);
      }
    }
    return placed;
  }

  private static void checkNames(List<KnownPlugin> order,
      List<? extends AdmissionPlugin> custom) {
    Set<String> known = new HashSet<>();
    order.forEach(k -> known.add(k.name()));
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (AdmissionPlugin plugin : custom) {
      String name = GoQuote.quote(plugin.name());
      if (!(plugin instanceof MutatingPlugin) && !(plugin instanceof ValidatingPlugin)) {
        problems.add("custom admission plugin " + name + " is neither mutating nor validating");
      } else if (known.contains(plugin.name())) {
        problems.add("custom admission plugin " + name + " has the name of a built-in plugin");
      } else if (!seen.add(plugin.name())) {
        problems.add("custom admission plugin " + name + " was registered twice");
      }
    }
    if (!problems.isEmpty()) {
      throw new AdmissionConfigurationException(problems);
    }
  }

  /** The mutating capability of a plugin that has both. */
  private record MutatingView(AdmissionPlugin plugin) implements MutatingPlugin {
    @Override
    public String name() {
      return plugin.name();
    }

    @Override
    public boolean handles(Operation operation) {
      return plugin.handles(operation);
    }

    @Override
    public void admit(AdmissionRequest request, AdmissionContext context) {
      ((MutatingPlugin) plugin).admit(request, context);
    }
  }

  /** The validating capability of a plugin that has both. */
  private record ValidatingView(AdmissionPlugin plugin) implements ValidatingPlugin {
    @Override
    public String name() {
      return plugin.name();
    }

    @Override
    public boolean handles(Operation operation) {
      return plugin.handles(operation);
    }

    @Override
    public void validate(AdmissionRequest request, AdmissionContext context) {
      ((ValidatingPlugin) plugin).validate(request, context);
    }
  }
}
