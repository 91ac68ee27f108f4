package io.kubesim.admission.pods;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.ObjectKinds;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusErrors;

/**
 * The test that pod plugins start with: is this request a write of a pod itself (the main
 * resource, no subresource), and is its object really a pod?
 */
public final class PodRequests {

  private PodRequests() {}

  /** True when the request addresses the pods resource itself, not one of its subresources. */
  public static boolean addressesPods(AdmissionRequest request) {
    return request.subresource().isEmpty()
        && KnownResources.PODS.equals(request.resource().groupResource());
  }

  /** True when the request addresses pods and its object is a pod. */
  public static boolean isPodWrite(AdmissionRequest request) {
    return addressesPods(request) && ObjectKinds.isPod(request.object());
  }

  /**
   * The request's pod; a request to pods whose object is something else is a bad request with
   * {@code notAPod} as its message (each plugin has upstream's own wording).
   */
  public static ObjectNode requirePod(AdmissionRequest request, String notAPod) {
    if (!ObjectKinds.isPod(request.object())) {
      throw StatusErrors.badRequest(notAPod);
    }
    return request.object();
  }
}
