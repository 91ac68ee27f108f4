package io.kubesim.admission.plugins.extendedresourcetoleration;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.ObjectKinds;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.labels.LabelSyntax;
import io.kubesim.admission.pods.PodRequests;
import io.kubesim.admission.pods.PodToleration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Adds a {@code NoSchedule} toleration for every extended resource (e.g. {@code nvidia.com/gpu})
 * a pod's containers or init containers request, keyed by the resource name, in name order.
 */
public final class ExtendedResourceToleration implements MutatingPlugin {

  public static final String NAME = "ExtendedResourceToleration";

  private static final String REQUESTS_PREFIX = "requests.";
  private static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers");

  /** The factory; the plugin takes no configuration and ignores any given. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new ExtendedResourceToleration());
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
  public void admit(AdmissionRequest request, AdmissionContext context) {
    if (!PodRequests.addressesPods(request)) {
      return;
    }
    PodRequests.requirePod(request,
        "expected *core.Pod but got " + ObjectKinds.goTypeName(request));
    for (String resource : extendedResources(request.object())) {
      addOrUpdate(request, PodToleration.exists(resource, PodToleration.NO_SCHEDULE));
    }
  }

  // limits are not read: API defaulting has already copied limits-only resources to requests
  private static SortedSet<String> extendedResources(JsonNode pod) {
    SortedSet<String> names = new TreeSet<>();
    for (String list : CONTAINER_LISTS) {
      for (JsonNode container : pod.path("spec").path(list)) {
        Iterator<String> requested = container.path("resources").path("requests").fieldNames();
        requested.forEachRemaining(name -> {
          if (isExtendedResourceName(name)) {
            names.add(name);
          }
        });
      }
    }
    return names;
  }

  /**
   * Upstream's {@code IsExtendedResourceName}: a prefixed name outside {@code kubernetes.io/},
   * not a quota name, that stays a valid qualified name as a quota's {@code requests.} name.
   */
  static boolean isExtendedResourceName(String name) {
    boolean nativeResource = !name.contains("/") || name.contains("kubernetes.io/");
    if (nativeResource || name.startsWith(REQUESTS_PREFIX)) {
      return false;
    }
    return LabelSyntax.keyErrors(REQUESTS_PREFIX + name).isEmpty();
  }

  // upstream's AddOrUpdateTolerationInPod: an identical toleration leaves the pod untouched
  private static void addOrUpdate(AdmissionRequest request, PodToleration toleration) {
    List<PodToleration> existing = PodToleration.ofPod(request.object());
    if (existing.contains(toleration)) {
      return;
    }
    List<PodToleration> updated = new ArrayList<>();
    boolean replaced = false;
    for (PodToleration current : existing) {
      if (toleration.matches(current)) {
        updated.add(toleration);
        replaced = true;
      } else {
        updated.add(current);
      }
    }
    if (!replaced) {
      PodToleration.appendToPod(request.object(), toleration);
    } else {
      PodToleration.setOnPod(request.object(), updated);
    }
  }
}
