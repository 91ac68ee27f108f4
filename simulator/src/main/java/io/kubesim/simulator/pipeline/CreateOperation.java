package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.StoredObject;
import io.kubesim.simulator.strategy.Reservation;
import java.util.ArrayList;
import java.util.List;

/**
 * POST: decode (with API defaults) → mutating admission → the registry's create hook (cluster
 * IPs, a Job's selector) → schema validation → validating admission → storage, with server-set
 * metadata, {@code generateName}, the URL's namespace, and {@code dryRun}.
 */
public final class CreateOperation {

  private static final int GENERATED_SUFFIX_LENGTH = 5;
  private static final int MAX_GENERATED_BASE = 63 - GENERATED_SUFFIX_LENGTH;
  private static final int NAME_GENERATION_ATTEMPTS = 8;

  private final WriteContext ctx;
  private final AdmissionStage admission;

  public CreateOperation(WriteContext ctx) {
    this.ctx = ctx;
    this.admission = new AdmissionStage(ctx.admission());
  }

  /** Creates the object in {@code request}'s body. */
  public ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget target = request.target();
    ResourceType type = target.type();
    WriteOptions options = WriteOptions.parse(request.query(), "CreateOptions");
    List<String> warnings = new ArrayList<>();
    ObjectNode object = trace.stage("decode", () -> {
      ObjectDecoding.Decoded d = ObjectDecoding.decode(type, request.contentType(),
          request.body(), options.fieldValidation());
      warnings.addAll(d.warnings());
      return d.object();
    });
    return create(request, user, trace, object, options, warnings, true);
  }

  /**
   * Creates {@code object}, already decoded and defaulted; with {@code track}, the write is
   * recorded in {@code managedFields} as an Update (server-side apply records its own Apply).
   */
  ApiResponse create(ApiRequest request, UserInfo user, RequestTrace trace, ObjectNode object,
      WriteOptions options, List<String> warnings, boolean track) {
    RequestTarget target = request.target();
    ResourceType type = target.type();
    String namespace = NamespaceCheck.resolve(target, object);
    ObjectNode meta = SystemFields.metadata(object);
    String generateName = meta.path("generateName").asText("");
    String name = meta.path("name").asText("");
    boolean generated = name.isEmpty() && !generateName.isEmpty();
    for (int attempt = 1; ; attempt++) {
      String effective = generated ? generate(generateName) : name;
      // Each attempt starts from the decoded object: admission and hooks see it afresh.
      ObjectNode candidate = generated ? object.deepCopy() : object;
      SystemFields.prepareCreate(type, candidate, namespace, effective, ctx);
      if (track) {
        FieldTracking.recordUpdate(type, target.subresource(), request, options, null, candidate,
            ctx.clock());
      }
      try {
        return admitAndStore(request, user, trace, candidate, options, warnings);
      } catch (StatusException e) {
        if (!generated || e.code() != 409 || attempt == NAME_GENERATION_ATTEMPTS
            || !"AlreadyExists".equals(e.status().reason())) {
          throw generated && e.code() == 409 && "AlreadyExists".equals(e.status().reason())
              ? StatusErrors.generatedNameConflict(type.groupResource(), effective) : e;
        }
      }
    }
  }

  private ApiResponse admitAndStore(ApiRequest request, UserInfo user, RequestTrace trace,
      ObjectNode object, WriteOptions options, List<String> warnings) {
    RequestTarget target = request.target();
    ResourceType type = target.type();
    ObjectNode meta = SystemFields.metadata(object);
    AdmissionRequest ar = new AdmissionRequest(Operation.CREATE, type.gvk(), type.gvr(),
        target.subresource(), meta.path("namespace").asText(""), meta.path("name").asText(""),
        object, null, user, options.dryRun(), null);
    warnings.addAll(admission.mutate(ar, trace));
    try (Reservation reserved = prepare(target, object, trace)) {
      trace.stage("schema-validation", () -> {
        SchemaValidation.validate(type, object);
        return null;
      });
      warnings.addAll(admission.validate(ar, trace));
      return new ApiResponse(201, store(target, object, options, ar.name(), trace), warnings);
    }
  }

  /** The registry's create hook (upstream's BeforeCreate), for the resource itself only. */
  private Reservation prepare(RequestTarget target, ObjectNode object, RequestTrace trace) {
    GroupResource resource = target.type().groupResource();
    if (!target.subresource().isEmpty() || !ctx.hooks().handlesCreate(resource)) {
      return Reservation.NONE;
    }
    return trace.stage("prepare-for-create", () -> ctx.hooks().beforeCreate(resource, object));
  }

  private JsonBody store(RequestTarget target, ObjectNode object, WriteOptions options,
      String name, RequestTrace trace) {
    ResourceType type = target.type();
    // What upstream returns is read back from storage, and so defaulted once more.
    ObjectDecoding.applyDefaults(type, object);
    return trace.stage("storage", () -> {
      if (options.dryRun()) {
        // Nothing persisted, no revision consumed; still answer 409 like a real create would.
        if (ctx.store().find(type, target.namespace(), name).isPresent()) {
          throw StatusErrors.alreadyExists(type.groupResource(), name);
        }
        return JsonBody.of(object);
      }
      StoredObject created = ctx.store().create(type,
          SystemFields.metadata(object).path("namespace").asText(""), name, object);
      ctx.reactions().awaitFor(type, created);
      return JsonBody.written(created);
    });
  }

  private String generate(String base) {
    String prefix = base.length() > MAX_GENERATED_BASE ? base.substring(0, MAX_GENERATED_BASE)
        : base;
    return prefix + ctx.ids().suffix(GENERATED_SUFFIX_LENGTH);
  }
}
