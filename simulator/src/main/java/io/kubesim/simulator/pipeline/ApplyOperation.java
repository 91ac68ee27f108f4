package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.apply.ApplyConflicts;
import io.kubesim.simulator.apply.FieldOwnership;
import io.kubesim.simulator.apply.ManagedFields;
import io.kubesim.simulator.apply.ManagerEntry;
import io.kubesim.simulator.store.StoredObject;
import io.kubesim.simulator.validation.UnknownFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Server-side apply: PATCH with {@code application/apply-patch+yaml}. The applied configuration
 * is merged into the live object under field ownership ({@link FieldOwnership}); a missing
 * object is created (201). The result goes through the same update or create path as any write.
 */
final class ApplyOperation {

  /** Who owns the fields of an object that had no managedFields before its first apply. */
  static final String BEFORE_FIRST_APPLY = "before-first-apply";

  private static final int MAX_ATTEMPTS = 5;

  private final WriteContext ctx;
  private final UpdateFlow flow;
  private final CreateOperation create;

  ApplyOperation(WriteContext ctx, UpdateFlow flow) {
    this.ctx = ctx;
    this.flow = flow;
    this.create = new CreateOperation(ctx);
  }

  /** Applies {@code request}'s body to the object its URL names. */
  ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget target = request.target();
    ResourceType type = target.type();
    WriteOptions options = WriteOptions.parse(request.query(), "PatchOptions");
    if (options.fieldManager().isEmpty()) {
      throw StatusErrors.invalid(new GroupKind("meta.k8s.io", "PatchOptions"), "",
          List.of(FieldError.required("fieldManager", "is required for apply patch")));
    }
    boolean force = "true".equals(request.query().get("force"));
    ObjectNode config = trace.stage("decode", () -> parse(target, request.body()));
    FieldOwnership ownership = FieldTracking.ownership(type, target.subresource());
    for (int attempt = 1; ; attempt++) {
      ManagerEntry applier = FieldTracking.writer(type, options.fieldManager(),
          ManagerEntry.APPLY, target.subresource(), ctx.clock());
      Optional<StoredObject> current = ctx.store().find(type, target.namespace(), target.name());
      List<String> warnings = new ArrayList<>();
      try {
        if (current.isEmpty() && !target.subresource().isEmpty()) {
          throw StatusErrors.notFound(type.groupResource(), target.name());
        }
        if (current.isEmpty()) {
          ObjectNode created = merge(type, ownership, new ManagedFields(), newObject(target), config,
              applier, force, options, warnings);
          return create.create(request, user, trace, created, options, warnings, false);
        }
        ObjectNode live = current.get().object().deepCopy();
        ManagedFields managers = ManagedFields.of(live);
        if (managers.isEmpty()) {
          // upstream first credits everything already there to one Update manager
          managers = ownership.update(managers, emptyObject(), live, FieldTracking.writer(type,
              BEFORE_FIRST_APPLY, ManagerEntry.UPDATE, target.subresource(), ctx.clock()));
        }
        ObjectNode desired = merge(type, ownership, managers, live, config, applier, force, options,
            warnings);
        return flow.apply(request, user, trace, current.get(), desired, options, warnings);
      } catch (StatusException e) {
        boolean raced = e.code() == 409
            && ("Conflict".equals(e.status().reason()) && e.status().details() != null
                && !e.status().details().name().isEmpty()
                || "AlreadyExists".equals(e.status().reason()));
        if (!raced || attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static ObjectNode merge(ResourceType type, FieldOwnership ownership, ManagedFields managers, ObjectNode live,
      ObjectNode config, ManagerEntry applier, boolean force, WriteOptions options,
      List<String> warnings) {
    if (live.get("metadata") instanceof ObjectNode meta) {
      meta.remove("managedFields");
    }
    FieldOwnership.Applied applied;
    try {
      applied = ownership.apply(managers, live, config, applier, force);
    } catch (ApplyConflicts conflicts) {
      throw conflicts.toStatus();
    }
    ObjectNode result = applied.object();
    applied.managers().writeTo(result);
    ObjectDecoding.Decoded d = ObjectDecoding.check(type, result,
        options.fieldValidation());
    warnings.addAll(d.warnings());
    return d.object();
  }

  /** Parses and checks the applied configuration. */
  private ObjectNode parse(RequestTarget target, byte[] body) {
    ResourceType type = target.type();
    JsonNode tree;
    try {
      tree = ObjectMappers.yaml().readTree(body);
    } catch (IOException e) {
      throw StatusErrors.badRequest("error decoding YAML: " + GoYamlError.describe(e));
    }
    if (!(tree instanceof ObjectNode config)) {
      throw StatusErrors.badRequest("error decoding YAML: apply patch must be an object");
    }
    String version = config.path("apiVersion").asText("");
    if (!version.equals(type.apiVersion())) {
      throw StatusErrors.badRequest("Incorrect version specified in apply patch. "
          + "Specified patch version: " + version + ", expected: " + type.apiVersion());
    }
    if (!config.path("kind").asText("").equals(type.kind())) {
      throw StatusErrors.badRequest("Incorrect kind specified in apply patch. Specified patch "
          + "kind: " + config.path("kind").asText("") + ", expected: " + type.kind());
    }
    JsonNode meta = config.path("metadata");
    if (meta.has("managedFields") && !meta.get("managedFields").isNull()) {
      throw StatusErrors.badRequest("metadata.managedFields must be nil");
    }
    String name = meta.path("name").asText("");
    if (!name.isEmpty() && !name.equals(target.name())) {
      throw StatusErrors.badRequest("the name of the object (" + name
          + ") does not match the name on the URL (" + target.name() + ")");
    }
    NamespaceCheck.resolve(target, config);
    if (type.javaType() != null) {
      List<String> unknown = UnknownFields.find(config, type.javaType());
      if (!unknown.isEmpty()) {
        // upstream's typed-patch failure is a plain error: 500 with no reason (kubernetes#122480)
        throw StatusErrors.plainError("failed to create typed patch object ("
            + target.namespace() + "/" + target.name() + "; " + gvkText(type) + "): ."
            + unknown.get(0) + ": field not declared in schema");
      }
    }
    return config;
  }

  private static String gvkText(ResourceType type) {
    return type.gvk().group() + "/" + type.gvk().version() + ", Kind=" + type.kind();
  }

  /** The object an apply creates from: its identity only. */
  private static ObjectNode newObject(RequestTarget target) {
    ObjectNode object = ObjectMappers.json().createObjectNode();
    object.put("apiVersion", target.type().apiVersion());
    object.put("kind", target.type().kind());
    ObjectNode meta = object.putObject("metadata");
    meta.put("name", target.name());
    if (target.type().namespaced()) {
      meta.put("namespace", target.namespace());
    }
    return object;
  }

  private static ObjectNode emptyObject() {
    ObjectNode empty = ObjectMappers.json().createObjectNode();
    empty.putObject("metadata");
    return empty;
  }
}
