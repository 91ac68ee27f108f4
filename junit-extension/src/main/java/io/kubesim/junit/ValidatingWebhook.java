package io.kubesim.junit;

import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.ValidatingPlugin;

/** A validating in-process webhook: allows or denies, never changes the object. */
final class ValidatingWebhook extends AdmissionWebhook implements ValidatingPlugin {

  ValidatingWebhook(Settings settings) {
    super(settings);
  }

  @Override
  AdmissionWebhook with(Settings changed) {
    return new ValidatingWebhook(changed);
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    call(request, context);
  }
}
