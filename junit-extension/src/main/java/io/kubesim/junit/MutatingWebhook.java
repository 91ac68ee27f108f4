package io.kubesim.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.zjsonpatch.JsonPatch;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A mutating in-process webhook: applies the JSON patch its handler answers. */
final class MutatingWebhook extends AdmissionWebhook implements MutatingPlugin {

  MutatingWebhook(Settings settings) {
    super(settings);
  }

  @Override
  AdmissionWebhook with(Settings changed) {
    return new MutatingWebhook(changed);
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    AdmissionResponse response = call(request, context);
    if (response == null || response.getPatch() == null || response.getPatch().isEmpty()) {
      return;
    }
    JsonNode patch = decode(response.getPatch());
    if (patch == null || patch.isEmpty()) {
      return;
    }
    ObjectNode object = request.object();
    if (object == null) {
      throw StatusErrors.internalError("admission webhook \"" + name()
          + "\" attempted to modify the object, which is not supported for this operation");
    }
    JsonNode patched;
    try {
      patched = JsonPatch.apply(patch, object);
    } catch (RuntimeException e) {
      throw StatusErrors.internalError(e.getMessage());
    }
    object.removeAll();
    object.setAll((ObjectNode) patched);
  }

  private JsonNode decode(String base64) {
    try {
      return ObjectMappers.json().readTree(
          new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      failed("received undecodable patch in webhook response");
      return null; // failed open
    }
  }
}
