package io.kubesim.admission.plugins.alwaysadmit;

import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;

/** Admits every operation, in both phases, without looking at the request. Deprecated upstream. */
public final class AlwaysAdmit implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "AlwaysAdmit";

  /** The factory; AlwaysAdmit takes no configuration. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new AlwaysAdmit());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return true;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    // admits everything: that is the whole plugin
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    // admits everything: that is the whole plugin
  }
}
