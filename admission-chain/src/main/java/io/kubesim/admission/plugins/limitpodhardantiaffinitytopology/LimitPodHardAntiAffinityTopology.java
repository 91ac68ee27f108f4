package io.kubesim.admission.plugins.limitpodhardantiaffinitytopology;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.pods.PodRequests;
import io.kubesim.admission.status.StatusErrors;

/**
 * Rejects pods whose required pod anti-affinity terms use any topology key other than
 * {@code kubernetes.io/hostname}; preferred terms and pod affinity are not checked.
 */
public final class LimitPodHardAntiAffinityTopology implements ValidatingPlugin {

  public static final String NAME = "LimitPodHardAntiAffinityTopology";

  /** The only topology key a required anti-affinity term may use. */
  public static final String HOSTNAME = "kubernetes.io/hostname";

  /** The factory; the plugin takes no configuration and ignores any given. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new LimitPodHardAntiAffinityTopology());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation == Operation.CREATE || operation == Operation.UPDATE;
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    if (!PodRequests.addressesPods(request)) {
      return;
    }
    PodRequests.requirePod(request,
        "Resource was marked with kind Pod but was unable to be converted");
    JsonNode required = request.object().path("spec").path("affinity").path("podAntiAffinity")
        .path("requiredDuringSchedulingIgnoredDuringExecution");
    for (JsonNode term : required) {
      String topologyKey = term.path("topologyKey").asText("");
      if (!HOSTNAME.equals(topologyKey)) {
        // upstream names the pod itself here, not the request: no generateName, no "Unknown"
        String podName = request.object().path("metadata").path("name").asText("");
        throw StatusErrors.forbidden(request.resource().groupResource(), podName,
            "affinity.PodAntiAffinity.RequiredDuringScheduling has TopologyKey " + topologyKey
                + " but only key " + HOSTNAME + " is allowed");
      }
    }
  }
}
