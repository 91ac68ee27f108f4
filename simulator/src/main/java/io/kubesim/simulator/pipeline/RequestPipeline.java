package io.kubesim.simulator.pipeline;

import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.controller.GarbageCollector;
import io.kubesim.simulator.controller.NamespaceFinalizer;
import io.kubesim.simulator.journal.AuditDetails;
import io.kubesim.simulator.journal.RequestJournal;
import io.kubesim.simulator.journal.RequestRecord;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kube-apiserver request path for resource requests: authentication → authorization →
 * the verb's operation (decode → mutating admission → schema validation → validating admission
 * → storage for writes). Synchronous and blocking: the HTTP layer calls it on a worker thread,
 * except for a GET of one object from a heap store, which never blocks.
 * Every request ends in the journal with its trace, whatever its outcome.
 */
public final class RequestPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);
  private static final GroupVersionKind SERVICE_ACCOUNT =
      new GroupVersionKind("", "v1", "ServiceAccount");
  private static final GroupVersionKind SELF_SUBJECT_ACCESS_REVIEW =
      new GroupVersionKind("authorization.k8s.io", "v1", "SelfSubjectAccessReview");
  private static final GroupVersionKind SELF_SUBJECT_REVIEW =
      new GroupVersionKind("authentication.k8s.io", "v1", "SelfSubjectReview");

  private final AccessStages access;
  private final RequestJournal journal;
  private final CreateOperation create;
  private final UpdateOperation update;
  private final DeleteOperation delete;
  private final ReadOperation read;
  private final DeleteCollectionOperation deleteCollection;
  private final PatchOperation patch;
  private final ScaleSubresource scale;
  private final SelfSubjectAccessReviewOperation accessReview;
  private final SelfSubjectReviewOperation selfReview;
  private final TokenRequestOperation tokenRequest;
  private final ResourceRegistry registry;
  private final java.time.Clock clock;
  private final boolean verbose;

  public RequestPipeline(WriteContext ctx, AccessStages access, RequestJournal journal,
      GarbageCollector gc, NamespaceFinalizer namespaces, boolean verbose) {
    this.access = access;
    this.journal = journal;
    AfterRemoval afterRemoval = (type, last) -> {
      gc.ownerDeleted(last, "Background");
      namespaces.contentRemoved(last);
    };
    this.create = new CreateOperation(ctx);
    this.update = new UpdateOperation(ctx, afterRemoval);
    this.delete = new DeleteOperation(ctx, gc, namespaces);
    this.read = new ReadOperation(ctx);
    this.deleteCollection = new DeleteCollectionOperation(ctx, delete);
    this.patch = new PatchOperation(ctx, afterRemoval);
    this.scale = new ScaleSubresource(ctx, afterRemoval);
    AdmissionStage admission = new AdmissionStage(ctx.admission());
    this.accessReview = new SelfSubjectAccessReviewOperation(admission, access.authorizer());
    this.selfReview = new SelfSubjectReviewOperation(admission, ctx.clock());
    this.tokenRequest = new TokenRequestOperation(admission, ctx);
    this.registry = ctx.registry();
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
      case GET -> ScaleSubresource.addresses(request.target())
          ? scale.get(request) : read.get(request);
      case LIST -> read.list(request);
      case CREATE -> create(request, user, trace);
      case UPDATE -> ScaleSubresource.addresses(request.target())
          ? scale.update(request, user, trace) : update.run(request, user, trace);
      case DELETE -> delete.run(request, user, trace);
      case DELETECOLLECTION -> deleteCollection.run(request, user, trace);
      case PATCH -> ScaleSubresource.addresses(request.target())
          ? scale.patch(request, user, trace) : patch.run(request, user, trace);
      case WATCH -> throw StatusErrors.methodNotSupported(
          request.target().type().groupResource(), request.target().verb().apiName());
    };
  }

  /**
   * Stored types go through {@link CreateOperation}; the reviews and token requests kubectl sends
   * are answered without storing anything, as their types have no storage version.
   */
  private ApiResponse create(ApiRequest request, UserInfo user, RequestTrace trace) {
    RequestTarget t = request.target();
    GroupVersionKind kind = t.type().gvk();
    if (t.subresource().equals("token") && kind.equals(SERVICE_ACCOUNT)) {
      return tokenRequest.run(request, user, trace);
    }
    if (t.subresource().isEmpty() && registry.storageVersion(t.type()).isEmpty()) {
      if (kind.equals(SELF_SUBJECT_ACCESS_REVIEW)) {
        return accessReview.run(request, user, trace);
      }
      if (kind.equals(SELF_SUBJECT_REVIEW)) {
        return selfReview.run(request, user, trace);
      }
    }
    return create.run(request, user, trace);
  }

  private void record(ApiRequest request, UserInfo user, Instant received, long start, int code,
      RequestTrace trace) {
    RequestTarget t = request.target();
    String query = request.query().encoded();
    RequestRecord record = new RequestRecord(request.auditId(), received, request.method(),
        query.isEmpty() ? request.path() : request.path() + "?" + query,
        user == null ? "" : user.username(), t.verb().apiName(),
        t.type().groupResource().toString(), t.namespace(), t.name(), code,
        System.nanoTime() - start, trace.entries(),
        new AuditDetails(user == null ? List.of() : user.groups(), request.userAgent(),
            request.sourceIp(), t.type().group(), t.type().version(), t.subresource(),
            trace.annotations()));
    journal.record(record);
    if (verbose) {
      LOG.info("{}", record.summary());
    }
  }
}
