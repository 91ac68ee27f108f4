package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.store.StoredObject;
import java.util.ArrayList;
import java.util.List;

/**
 * PUT: replaces an object (or its status) with the body, under optimistic concurrency: a body
 * {@code resourceVersion} that is not the stored one is 409 Conflict; an empty one updates
 * unconditionally. PUT on a missing object is 404 (upstream's {@code AllowCreateOnUpdate}).
 */
public final class UpdateOperation {

  private final WriteContext ctx;
  private final UpdateFlow flow;

  public UpdateOperation(WriteContext ctx) {
    this.ctx = ctx;
    this.flow = new UpdateFlow(ctx);
  }

  /** Updates the object named by {@code request}'s URL. */
  public ApiResponse run(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget target = request.target();
    WriteOptions options = WriteOptions.parse(request.query(), "UpdateOptions");
    List<String> warnings = new ArrayList<>();
    ObjectNode desired = trace.stage("decode", () -> {
      ObjectDecoding.Decoded d = ObjectDecoding.decode(target.type(), request.contentType(),
          request.body(), options.fieldValidation());
      warnings.addAll(d.warnings());
      return d.object();
    });
    String namespace = NamespaceCheck.resolve(target, desired);
    ObjectNode meta = SystemFields.metadata(desired);
    String bodyName = meta.path("name").asText("");
    if (!bodyName.isEmpty() && !bodyName.equals(target.name())) {
      throw StatusErrors.badRequest("the name of the object (" + bodyName
          + ") does not match the name on the URL (" + target.name() + ")");
    }
    meta.put("name", target.name());
    if (target.type().namespaced()) {
      meta.put("namespace", namespace);
    }
    boolean unconditional = meta.path("resourceVersion").asText("").isEmpty();
    for (int attempt = 1; ; attempt++) {
      StoredObject current = ctx.store().get(target.type(), target.namespace(), target.name());
      try {
        return flow.apply(request, user, trace, current, desired.deepCopy(), options, warnings);
      } catch (StatusException e) {
        // Like upstream's GuaranteedUpdate: an update without a resourceVersion is retried on
        // the fresh object when another writer got in first.
        if (!unconditional || e.code() != 409 || !"Conflict".equals(e.status().reason())
            || attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static final int MAX_ATTEMPTS = 5;
}
