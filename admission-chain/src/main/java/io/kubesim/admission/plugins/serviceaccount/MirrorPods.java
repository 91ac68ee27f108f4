package io.kubesim.admission.plugins.serviceaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.status.StatusErrors;
import java.util.List;
import java.util.Map;

/**
 * What a mirror pod may not reference. A mirror pod is the API's read-only copy of a static pod
 * the kubelet runs from a file; it must not gain access to credentials through the API.
 */
final class MirrorPods {

  private static final List<String> ALL_CONTAINERS =
      List.of("initContainers", "containers", "ephemeralContainers");

  /** Volume sources that carry a secret, and the field that names it. */
  private static final Map<String, String> SECRET_VOLUME_FIELDS = Map.ofEntries(
      Map.entry("azureFile", "secretName"), Map.entry("cephfs", "secretRef"),
      Map.entry("cinder", "secretRef"), Map.entry("flexVolume", "secretRef"),
      Map.entry("rbd", "secretRef"), Map.entry("secret", ""), Map.entry("scaleIO", "secretRef"),
      Map.entry("iscsi", "secretRef"), Map.entry("storageos", "secretRef"),
      Map.entry("csi", "nodePublishSecretRef"));

  private MirrorPods() {}

  /** Denies a mirror pod that names a service account, a secret, or a token projection. */
  static void check(AdmissionRequest request, ObjectNode pod, String serviceAccountName) {
    if (!serviceAccountName.isEmpty()) {
      throw StatusErrors.forbidden(request, "a mirror pod may not reference service accounts");
    }
    if (referencesSecrets(pod.path("spec"))) {
      throw StatusErrors.forbidden(request, "a mirror pod may not reference secrets");
    }
    for (JsonNode volume : pod.path("spec").path("volumes")) {
      for (JsonNode source : volume.path("projected").path("sources")) {
        if (source.path("serviceAccountToken").isObject()) {
          throw StatusErrors.forbidden(request,
              "a mirror pod may not use ServiceAccountToken volume projections");
        }
      }
    }
  }

  // upstream's VisitPodSecretNames over all containers: any reference at all counts
  private static boolean referencesSecrets(JsonNode spec) {
    if (!spec.path("imagePullSecrets").isEmpty()) {
      return true;
    }
    for (String list : ALL_CONTAINERS) {
      for (JsonNode container : spec.path(list)) {
        for (JsonNode env : container.path("env")) {
          if (env.path("valueFrom").path("secretKeyRef").isObject()) {
            return true;
          }
        }
        for (JsonNode envFrom : container.path("envFrom")) {
          if (envFrom.path("secretRef").isObject()) {
            return true;
          }
        }
      }
    }
    for (JsonNode volume : spec.path("volumes")) {
      if (volumeReferencesSecret(volume)) {
        return true;
      }
    }
    return false;
  }

  private static boolean volumeReferencesSecret(JsonNode volume) {
    for (JsonNode source : volume.path("projected").path("sources")) {
      if (source.path("secret").isObject()) {
        return true;
      }
    }
    for (Map.Entry<String, String> field : SECRET_VOLUME_FIELDS.entrySet()) {
      JsonNode source = volume.path(field.getKey());
      if (!source.isObject()) {
        continue;
      }
      if (field.getValue().isEmpty()) {
        return true;
      }
      JsonNode reference = source.path(field.getValue());
      // azureFile names its secret with a string, the others with an object reference
      if (reference.isObject() || !reference.asText("").isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
