package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of one container (regular, init or ephemeral): pull policy from the image tag, the
 * termination message file and policy, port protocols, the {@code apiVersion} of downward-API
 * field references in env, and the probe and lifecycle-handler fields upstream fills in.
 */
final class ContainerDefaults {

  private static final String[] PROBES = {"livenessProbe", "readinessProbe", "startupProbe"};
  private static final String[] LIFECYCLE_HANDLERS = {"postStart", "preStop"};

  private ContainerDefaults() {}

  static void apply(ObjectNode container) {
    if (GoFields.isZero(container, "imagePullPolicy")) {
      container.put("imagePullPolicy",
          ImagePullPolicy.forImage(container.path("image").asText("")));
    }
    setIfZero(container, "terminationMessagePath", "/dev/termination-log");
    setIfZero(container, "terminationMessagePolicy", "File");
    for (ObjectNode port : items(container, "ports")) {
      setIfZero(port, "protocol", "TCP");
    }
    for (ObjectNode env : items(container, "env")) {
      ObjectNode fieldRef = GoFields.at(env, "valueFrom", "fieldRef");
      if (fieldRef != null) {
        fieldSelector(fieldRef);
      }
    }
    for (String name : PROBES) {
      ObjectNode probe = pointer(container, name);
      if (probe != null) {
        probe(probe);
      }
    }
    ObjectNode lifecycle = pointer(container, "lifecycle");
    if (lifecycle != null) {
      for (String name : LIFECYCLE_HANDLERS) {
        ObjectNode handler = pointer(lifecycle, name);
        if (handler != null && pointer(handler, "httpGet") != null) {
          httpGet(pointer(handler, "httpGet"));
        }
      }
    }
  }

  /** A downward-API {@code fieldRef}: its {@code apiVersion} is {@code v1} unless given. */
  static void fieldSelector(ObjectNode fieldRef) {
    setIfZero(fieldRef, "apiVersion", "v1");
  }

  private static void probe(ObjectNode probe) {
    setIfZero(probe, "timeoutSeconds", 1);
    setIfZero(probe, "periodSeconds", 10);
    setIfZero(probe, "successThreshold", 1);
    setIfZero(probe, "failureThreshold", 3);
    ObjectNode httpGet = pointer(probe, "httpGet");
    if (httpGet != null) {
      httpGet(httpGet);
    }
    ObjectNode grpc = pointer(probe, "grpc");
    if (grpc != null) {
      setIfNil(grpc, "service", "");
    }
  }

  private static void httpGet(ObjectNode action) {
    setIfZero(action, "path", "/");
    setIfZero(action, "scheme", "HTTP");
  }
}
