package io.kubesim.admission.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.GroupVersionResource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.UserInfo;

/** Builds admission requests for tests; defaults to a CREATE of a core/v1 pod. */
public final class Requests {

  private Operation operation = Operation.CREATE;
  private GroupVersionKind kind = new GroupVersionKind("", "v1", "Pod");
  private GroupVersionResource resource = new GroupVersionResource("", "v1", "pods");
  private String subresource = "";
  private String namespace = "default";
  private String name = "";
  private ObjectNode object;
  private ObjectNode oldObject;
  private boolean dryRun;

  private Requests() {}

  /** A request for {@code operation} on pods. */
  public static Requests pod(Operation operation) {
    Requests r = new Requests();
    r.operation = operation;
    return r;
  }

  public Requests kind(String group, String version, String kindName) {
    this.kind = new GroupVersionKind(group, version, kindName);
    return this;
  }

  public Requests resource(String group, String version, String resourceName) {
    this.resource = new GroupVersionResource(group, version, resourceName);
    return this;
  }

  public Requests subresource(String value) {
    this.subresource = value;
    return this;
  }

  public Requests namespace(String value) {
    this.namespace = value;
    return this;
  }

  public Requests name(String value) {
    this.name = value;
    return this;
  }

  public Requests object(ObjectNode value) {
    this.object = value;
    return this;
  }

  public Requests oldObject(ObjectNode value) {
    this.oldObject = value;
    return this;
  }

  public Requests dryRun(boolean value) {
    this.dryRun = value;
    return this;
  }

  public AdmissionRequest build() {
    return new AdmissionRequest(operation, kind, resource, subresource, namespace, name, object,
        oldObject, UserInfo.of("tester", "system:authenticated"), dryRun, null);
  }
}
