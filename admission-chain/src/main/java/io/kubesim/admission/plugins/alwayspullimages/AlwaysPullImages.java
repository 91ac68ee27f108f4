package io.kubesim.admission.plugins.alwayspullimages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.pods.PodContainers;
import io.kubesim.admission.pods.PodContainers.Container;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forces {@code imagePullPolicy: Always} on the containers and image volumes of pods being created,
 * or updated with a new image, and rejects pods where the policy is anything else.
 */
public final class AlwaysPullImages implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "AlwaysPullImages";

  private static final GroupResource PODS = new GroupResource("", "pods");
  private static final String ALWAYS = "Always";

  /** The factory; AlwaysPullImages takes no configuration and ignores any given. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new AlwaysPullImages());
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
    if (ignores(request)) {
      return;
    }
    ObjectNode pod = podOf(request);
    PodContainers.of(pod).forEach(c -> c.node().put("imagePullPolicy", ALWAYS));
    imageVolumes(pod).forEach(image -> image.put("pullPolicy", ALWAYS));
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    if (ignores(request)) {
      return;
    }
    ObjectNode pod = podOf(request);
    List<StatusException> errors = new ArrayList<>();
    for (Container container : PodContainers.of(pod)) {
      String policy = container.node().path("imagePullPolicy").asText("");
      if (!ALWAYS.equals(policy)) {
        errors.add(notAlways(request, container.path() + ".imagePullPolicy", policy));
      }
    }
    JsonNode volumes = pod.path("spec").path("volumes");
    for (int i = 0; i < volumes.size(); i++) {
      JsonNode image = volumes.get(i).path("image");
      String policy = image.path("pullPolicy").asText("");
      if (image.isObject() && !ALWAYS.equals(policy)) {
        errors.add(notAlways(request, "spec.volumes[" + i + "].image.pullPolicy", policy));
      }
    }
    if (!errors.isEmpty()) {
      throw StatusErrors.aggregate(errors);
    }
  }

  private static StatusException notAlways(AdmissionRequest request, String field,
      String policy) {
    FieldError error = FieldError.notSupported(field, policy, List.of(ALWAYS));
    return StatusErrors.forbidden(request, error.toString());
  }

  private static boolean ignores(AdmissionRequest request) {
    return !request.subresource().isEmpty()
        || !PODS.equals(request.resource().groupResource())
        || isUpdateWithNoNewImages(request);
  }

  // pod updates may not change imagePullPolicy, so an update that keeps its images is left alone
  private static boolean isUpdateWithNoNewImages(AdmissionRequest request) {
    if (request.operation() != Operation.UPDATE || !isPod(request.object())
        || !isPod(request.oldObject())) {
      return false;
    }
    Set<String> oldImages = PodContainers.of(request.oldObject()).stream()
        .map(Container::image).collect(Collectors.toSet());
    return PodContainers.of(request.object()).stream()
        .allMatch(c -> oldImages.contains(c.image()));
  }

  private static ObjectNode podOf(AdmissionRequest request) {
    if (!isPod(request.object())) {
      throw StatusErrors.badRequest(
          "Resource was marked with kind Pod but was unable to be converted");
    }
    return request.object();
  }

  // a tree without a kind is taken as what the resource says it is
  private static boolean isPod(ObjectNode object) {
    return object != null && object.path("kind").asText("Pod").equals("Pod");
  }

  private static List<ObjectNode> imageVolumes(ObjectNode pod) {
    List<ObjectNode> images = new ArrayList<>();
    for (JsonNode volume : pod.path("spec").path("volumes")) {
      if (volume.path("image") instanceof ObjectNode image) {
        images.add(image);
      }
    }
    return images;
  }
}
