package io.kubesim.simulator.pipeline;

import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.controller.GarbageCollector;
import io.kubesim.simulator.controller.NamespaceFinalizer;
import io.kubesim.simulator.journal.RequestJournal;
import io.kubesim.simulator.journal.RequestRecord;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kube-apiserver request path for resource requests: authentication → authorization →
 * the verb's operation (decode → mutating admission → schema validation → validating admission
 * → storage for writes). Synchronous and blocking: the HTTP layer calls it on a worker thread.
 * Every request ends in the journal with its trace, whatever its outcome.
 */
public final class RequestPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

  private final AccessStages access;
  private final RequestJournal journal;
  private final CreateOperation create;
  private final UpdateOperation update;
  private final DeleteOperation delete;
  private final ReadOperation read;
  private final DeleteCollectionOperation deleteCollection;
  private final PatchOperation patch;
  private final java.time.Clock clock;
  private final boolean verbose;

  public RequestPipeline(WriteContext ctx, AccessStages access, RequestJournal journal,
      GarbageCollector gc, NamespaceFinalizer namespaces, boolean verbose) {
    this.access = access;
    this.journal = journal;
    this.create = new CreateOperation(ctx);
    this.update = new UpdateOperation(ctx);
    this.delete = new DeleteOperation(ctx, gc, namespaces);
    this.read = new ReadOperation(ctx);
    this.deleteCollection = new DeleteCollectionOperation(ctx, delete);
    this.patch = new PatchOperation(ctx);
    this.clock = ctx.clock();
    this.verbose = verbose;
  }

  /** Serves one non-watch resource request; never throws. */
  public ApiResponse handle(ApiRequest request) {
    long start = System.nanoTime();
    Instant received = clock.instant();
    RequestTrace trace = new RequestTrace();
    UserInfo user = null;
    ApiResponse response;
    try {
      user = access.admit(request, trace);
      response = dispatch(request, user, trace);
    } catch (StatusException e) {
      response = ApiResponse.failure(e.status());
    } catch (RuntimeException e) {
      LOG.error("request {} {} failed", request.method(), request.path(), e);
      response = ApiResponse.failure(StatusErrors.internalError(String.valueOf(e.getMessage()))
          .status());
    }
    record(request, user, received, start, response.code(), trace);
    return response;
  }

  /**
   * Runs authentication and authorization for a watch, journals the outcome, and returns the
   * user; the watch itself streams outside the pipeline.
   */
  public UserInfo admitWatch(ApiRequest request) {
    long start = System.nanoTime();
    RequestTrace trace = new RequestTrace();
    try {
      UserInfo user = access.admit(request, trace);
      record(request, user, clock.instant(), start, 200, trace);
      return user;
    } catch (StatusException e) {
      record(request, null, clock.instant(), start, e.code(), trace);
      throw e;
    }
  }

  private ApiResponse dispatch(ApiRequest request, UserInfo user, RequestTrace trace) {
    return switch (request.target().verb()) {
      case GET -> read.get(request);
      case LIST -> read.list(request);
      case CREATE -> create.run(request, user, trace);
      case UPDATE -> update.run(request, user, trace);
      case DELETE -> delete.run(request, user, trace);
      case DELETECOLLECTION -> deleteCollection.run(request, user, trace);
      case PATCH -> patch.run(request, user, trace);
      case WATCH -> throw StatusErrors.methodNotSupported(
          request.target().type().groupResource(), request.target().verb().apiName());
    };
  }

  private void record(ApiRequest request, UserInfo user, Instant received, long start, int code,
      RequestTrace trace) {
    RequestTarget t = request.target();
    RequestRecord record = new RequestRecord(request.auditId(), received, request.method(),
        request.path(), user == null ? "" : user.username(), t.verb().apiName(),
        t.type().groupResource().toString(), t.namespace(), t.name(), code,
        System.nanoTime() - start, trace.entries());
    journal.record(record);
    if (verbose) {
      LOG.info("{}", record.summary());
    }
  }
}
