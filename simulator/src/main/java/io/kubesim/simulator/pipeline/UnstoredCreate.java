package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.UserInfo;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages a create of a never-stored object (an access review, a token request) shares with a
 * stored create: decoding with {@code fieldValidation}, then mutating admission, the type's own
 * validation and validating admission, each traced. Collects the warnings to send.
 */
final class UnstoredCreate {

  private final AdmissionStage admission;
  private final List<String> warnings = new ArrayList<>();
  private final ApiRequest request;
  private final UserInfo user;
  private final RequestTrace trace;

  UnstoredCreate(AdmissionStage admission, ApiRequest request, UserInfo user,
      RequestTrace trace) {
    this.admission = admission;
    this.request = request;
    this.user = user;
    this.trace = trace;
  }

  /** Decodes the body as an object of {@code bodyType}. */
  ObjectNode decode(ResourceType bodyType) {
    WriteOptions options = WriteOptions.parse(request.query(), "CreateOptions");
    return trace.stage("decode", () -> {
      ObjectDecoding.Decoded d = ObjectDecoding.decode(bodyType, request.contentType(),
          request.body(), options.fieldValidation());
      warnings.addAll(d.warnings());
      return d.object();
    });
  }

  /**
   * Mutating admission, then {@code validation} as the {@code validation} stage, then validating
   * admission; {@code object} is of {@code bodyType}.
   */
  void admit(ResourceType bodyType, ObjectNode object, Runnable validation) {
    RequestTarget target = request.target();
    boolean dryRun = WriteOptions.parse(request.query(), "CreateOptions").dryRun();
    AdmissionRequest ar = new AdmissionRequest(Operation.CREATE, bodyType.gvk(),
        target.type().gvr(), target.subresource(), target.namespace(),
        target.isObject() ? target.name() : object.path("metadata").path("name").asText(""),
        object, null, user, dryRun, null);
    warnings.addAll(admission.mutate(ar, trace));
    trace.stage("validation", () -> {
      validation.run();
      return null;
    });
    warnings.addAll(admission.validate(ar, trace));
  }

  /** 201 with {@code body} and the warnings collected. */
  ApiResponse created(ObjectNode body) {
    return ApiResponse.of(201, body, warnings);
  }
}
