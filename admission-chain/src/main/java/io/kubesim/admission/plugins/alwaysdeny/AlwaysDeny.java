package io.kubesim.admission.plugins.alwaysdeny;

import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.status.StatusErrors;

/** Forbids every operation, in both phases. Deprecated upstream. */
public final class AlwaysDeny implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "AlwaysDeny";

  /** Upstream's denial text, wrapped into {@code <resource> "<name>" is forbidden: ...}. */
  public static final String MESSAGE = "admission control is denying all modifications";

  /** The factory; AlwaysDeny takes no configuration. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new AlwaysDeny());
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
    throw StatusErrors.forbidden(request, MESSAGE);
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    throw StatusErrors.forbidden(request, MESSAGE);
  }
}
