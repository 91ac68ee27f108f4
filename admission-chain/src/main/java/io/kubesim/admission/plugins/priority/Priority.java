package io.kubesim.admission.plugins.priority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.plugins.priority.PriorityClasses.Resolved;
import io.kubesim.admission.status.StatusErrors;
import java.util.Optional;

/**
 * Resolves a new pod's {@code priorityClassName} (or the global default class) into {@code
 * spec.priority} and {@code spec.preemptionPolicy}, rejecting pods that name a missing class or
 * give values of their own that differ; and allows only one PriorityClass to be the global
 * default.
 */
public final class Priority implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "Priority";

  private static final GroupResource PODS = new GroupResource("", "pods");

  private final PriorityClasses classes;

  public Priority(ClusterView cluster) {
    this.classes = new PriorityClasses(cluster);
  }

  /** The factory; Priority takes no configuration. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME, environment -> new Priority(environment.cluster()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation != Operation.CONNECT;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    if (!request.subresource().isEmpty() || !PODS.equals(request.resource().groupResource())) {
      return;
    }
    if (request.operation() == Operation.CREATE) {
      admitNewPod(request, typed(request.object(), "Pod"));
    } else if (request.operation() == Operation.UPDATE) {
      keepResolvedValues(typed(request.object(), "Pod"), typed(request.oldObject(), "Pod"));
    }
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    boolean write = request.operation() == Operation.CREATE
        || request.operation() == Operation.UPDATE;
    if (!write || !request.subresource().isEmpty()
        || !KnownResources.PRIORITY_CLASSES.equals(request.resource().groupResource())) {
      return;
    }
    ObjectNode priorityClass = typed(request.object(), "PriorityClass");
    if (!priorityClass.path("globalDefault").asBoolean(false)) {
      return;
    }
    Optional<ObjectNode> existing;
    try {
      existing = classes.globalDefault();
    } catch (RuntimeException e) {
      throw StatusErrors.plainError("failed to get default priority class: " + e.getMessage());
    }
    String newName = priorityClass.path("metadata").path("name").asText("");
    existing.map(c -> c.path("metadata").path("name").asText(""))
        .filter(name -> request.operation() == Operation.CREATE || !name.equals(newName))
        .ifPresent(name -> {
          throw StatusErrors.forbidden(request, "PriorityClass " + name
              + " is already marked as default. Only one default can exist");
        });
  }

  private void admitNewPod(AdmissionRequest request, ObjectNode pod) {
    ObjectNode spec = pod.withObjectProperty("spec");
    String className = spec.path("priorityClassName").asText("");
    Resolved resolved = className.isEmpty() ? defaultPriority() : named(request, className);
    if (className.isEmpty() && !resolved.className().isEmpty()) {
      spec.put("priorityClassName", resolved.className());
    }
    JsonNode given = spec.path("priority");
    if (given.isNumber() && given.asInt() != resolved.priority()) {
      throw StatusErrors.forbidden(request, "the integer value of priority (" + given.asInt()
          + ") must not be provided in pod spec; priority admission controller computed "
          + resolved.priority() + " from the given PriorityClass name");
    }
    spec.put("priority", resolved.priority());
    String policy = resolved.preemptionPolicy();
    if (policy == null) {
      return;
    }
    JsonNode givenPolicy = spec.path("preemptionPolicy");
    if (givenPolicy.isTextual() && !givenPolicy.asText().equals(policy)) {
      throw StatusErrors.forbidden(request, "the string value of PreemptionPolicy ("
          + givenPolicy.asText() + ") must not be provided in pod spec; priority admission "
          + "controller computed " + policy + " from the given PriorityClass name");
    }
    spec.put("preemptionPolicy", policy);
  }

  private Resolved defaultPriority() {
    try {
      return classes.defaultPriority();
    } catch (RuntimeException e) {
      throw StatusErrors.plainError("failed to get default priority class: " + e.getMessage());
    }
  }

  private Resolved named(AdmissionRequest request, String className) {
    Optional<ObjectNode> found;
    try {
      found = classes.find(className);
    } catch (RuntimeException e) {
      throw StatusErrors.plainError("failed to get PriorityClass with name " + className + ": "
          + e.getMessage());
    }
    return found.map(PriorityClasses::resolved).orElseThrow(() -> StatusErrors.forbidden(
        request, "no PriorityClass with name " + className + " was found"));
  }

  // an update may drop the values this plugin set on create; validation forbids other changes
  private static void keepResolvedValues(ObjectNode pod, ObjectNode oldPod) {
    ObjectNode spec = pod.withObjectProperty("spec");
    for (String field : new String[] {"priority", "preemptionPolicy"}) {
      JsonNode old = oldPod.path("spec").path(field);
      if (spec.path(field).isMissingNode() || spec.path(field).isNull()) {
        if (!old.isMissingNode() && !old.isNull()) {
          spec.set(field, old.deepCopy());
        }
      }
    }
  }

  // a tree without a kind is taken as what the resource says it is
  private static ObjectNode typed(ObjectNode object, String kind) {
    if (object == null || !object.path("kind").asText(kind).equals(kind)) {
      throw StatusErrors.badRequest(
          "resource was marked with kind " + kind + " but was unable to be converted");
    }
    return object;
  }
}
