package io.kubesim.admission.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.GroupResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that builds Kubernetes {@link Status} errors, mirroring upstream's
 * {@code apimachinery/pkg/api/errors} constructors: same codes, reasons, messages and details.
 *
 * <p>Every method returns a {@link StatusException} ready to throw. Messages are reproduced byte
 * for byte; where upstream has a quirk it is reproduced and named in a comment.
 */
public final class StatusErrors {

  private StatusErrors() {}

  /** 404: {@code configmaps "x" not found}. */
  public static StatusException notFound(GroupResource resource, String name) {
    return error(404, "NotFound", resource + " " + GoQuote.quote(name) + " not found",
        StatusDetails.of(name, resource.group(), resource.resource()));
  }

  /** 409: {@code configmaps "x" already exists}. */
  public static StatusException alreadyExists(GroupResource resource, String name) {
    return error(409, "AlreadyExists", resource + " " + GoQuote.quote(name) + " already exists",
        StatusDetails.of(name, resource.group(), resource.resource()));
  }

  /** 409 when every generated name collided; clients may retry after a second. */
  public static StatusException generatedNameConflict(GroupResource resource, String name) {
    return error(409, "AlreadyExists", resource + " " + GoQuote.quote(name)
        + " already exists, the server was not able to generate a unique name for the object",
        new StatusDetails(name, resource.group(), resource.resource(), List.of(), 1));
  }

  /** 409: {@code Operation cannot be fulfilled on configmaps "x": <cause>}. */
  public static StatusException conflict(GroupResource resource, String name, String cause) {
    return error(409, "Conflict",
        "Operation cannot be fulfilled on " + resource + " " + GoQuote.quote(name) + ": " + cause,
        StatusDetails.of(name, resource.group(), resource.resource()));
  }

  /** The optimistic-lock conflict that PUT and PATCH answer on a stale resourceVersion. */
  public static StatusException optimisticLockConflict(GroupResource resource, String name) {
    return conflict(resource, name, OPTIMISTIC_LOCK_MESSAGE);
  }

  /** Upstream's {@code OptimisticLockErrorMsg}. */
  public static final String OPTIMISTIC_LOCK_MESSAGE =
      "the object has been modified; please apply your changes to the latest version and try again";

  /** 403: {@code pods "x" is forbidden: <cause>} (no name: {@code pods is forbidden: ...}). */
  public static StatusException forbidden(GroupResource resource, String name, String cause) {
    String message;
    if ((resource == null || resource.resource().isEmpty()) && (name == null || name.isEmpty())) {
      message = "forbidden: " + cause;
    } else if (name == null || name.isEmpty()) {
      message = resource + " is forbidden: " + cause;
    } else {
      message = resource + " " + GoQuote.quote(name) + " is forbidden: " + cause;
    }
    GroupResource r = resource == null ? new GroupResource("", "") : resource;
    return error(403, "Forbidden", message, StatusDetails.of(name, r.group(), r.resource()));
  }

  /**
   * 403 from an admission plugin (upstream's {@code admission.NewForbidden}): {@code <resource>
   * "<name>" is forbidden: <cause>}, where the name is the request's, else the object's
   * {@code metadata.name}, else its {@code generateName}, else {@code Unknown}.
   */
  public static StatusException forbidden(AdmissionRequest request, String cause) {
    return forbidden(request.resource().groupResource(), requestObjectName(request), cause);
  }

  /** {@link #forbidden(AdmissionRequest, String)} for an error cause; never double-wraps. */
  public static StatusException forbidden(AdmissionRequest request, StatusException cause) {
    if ("Forbidden".equals(cause.status().reason())) {
      return cause;
    }
    return forbidden(request, cause.getMessage());
  }

  /**
   * {@code error} with one more cause in its details, the way upstream appends a cause to a Status
   * it already built (NamespaceLifecycle's {@code NamespaceTerminating}).
   */
  public static StatusException withCause(StatusException error, StatusCause cause) {
    Status status = error.status();
    StatusDetails details = status.details() == null ? emptyDetails() : status.details();
    List<StatusCause> causes = new ArrayList<>(details.causes());
    causes.add(cause);
    return error(status.code(), status.reason(), status.message(), new StatusDetails(
        details.name(), details.group(), details.kind(), causes, details.retryAfterSeconds()));
  }

  /**
   * 500 with no reason: upstream's {@code utilerrors.Aggregate} of several errors is not a
   * StatusError, so the API server answers it as a plain error (AlwaysPullImages relies on this).
   *
   * @param errors at least one error
   */
  public static StatusException aggregate(List<StatusException> errors) {
    return plainError(AggregateMessage.of(errors.stream().map(Throwable::getMessage).toList()));
  }

  /**
   * The Status upstream answers for a failure an admission plugin returned: a StatusException
   * unchanged, anything else as a plain error (500, no reason, the bare message).
   */
  public static StatusException fromPluginFailure(RuntimeException failure) {
    if (failure instanceof StatusException status) {
      return status;
    }
    String message = failure.getMessage();
    return plainError(message == null ? failure.toString() : message);
  }

  /**
   * A webhook's explicit denial (upstream's {@code webhookerrors.ToStatusErr}): the webhook's own
   * code, raised to 400 when below, its reason, and {@code admission webhook "<name>" denied the
   * request: <message>} (the reason stands in for an empty message; with neither, {@code ...
   * denied the request without explanation}). Failure policy never applies to a denial.
   */
  public static StatusException webhookDenied(String webhook, int code, String reason,
      String message) {
    String prefix = "admission webhook " + GoQuote.quote(webhook) + " denied the request";
    String text = message != null && !message.isEmpty() ? prefix + ": " + message
        : reason != null && !reason.isEmpty() ? prefix + ": " + reason
        : prefix + " without explanation";
    return error(Math.max(code, 400), reason == null ? "" : reason, text, null);
  }

  /**
   * 500 for a webhook that could not be called or answered badly, under failure policy Fail
   * (upstream's {@code ErrCallingWebhook} wrapped by {@code NewInternalError}).
   */
  public static StatusException webhookCallFailed(String webhook, String cause) {
    return internalError("failed calling webhook " + GoQuote.quote(webhook) + ": " + cause);
  }

  /**
   * 422: {@code Kind "name" is invalid: <err>} or {@code ... is invalid: [<err1>, <err2>]};
   * details carry the Kind (not the resource) and one cause per field error.
   */
  public static StatusException invalid(GroupKind kind, String name, List<FieldError> errors) {
    String aggregate = errors.size() == 1 ? errors.get(0).toString() : bracketed(errors);
    String message = kind + " " + GoQuote.quote(name) + " is invalid: " + aggregate;
    List<StatusCause> causes = errors.stream().map(FieldError::toCause).toList();
    return error(422, "Invalid", message,
        new StatusDetails(name, kind.group(), kind.kind(), causes, 0));
  }

  /** 400 with upstream's message and no details. */
  public static StatusException badRequest(String message) {
    return error(400, "BadRequest", message, null);
  }

  /**
   * 422 with upstream's generic text and empty details, as {@code NewGenericServerResponse}
   * builds it: the answer to a JSON patch that cannot be applied (failed {@code test}, missing
   * path, unknown op) and to a strategic merge patch with a list of lists. The underlying cause
   * is deliberately not shown; kubectl prints {@code The request is invalid: <message>}.
   */
  public static StatusException invalidRequest() {
    return error(422, "Invalid", INVALID_REQUEST_MESSAGE, emptyDetails());
  }

  /** Upstream's generic message for a 422 without field errors. */
  public static final String INVALID_REQUEST_MESSAGE =
      "the server rejected our request due to an error in our request";

  /** 405 for a verb the storage does not support. */
  public static StatusException methodNotSupported(GroupResource resource, String action) {
    return error(405, "MethodNotAllowed",
        action + " is not supported on resources of kind " + GoQuote.quote(resource.toString()),
        StatusDetails.of("", resource.group(), resource.resource()));
  }

  /** 405 for an HTTP method with no route (go-restful's generic response). */
  public static StatusException methodNotAllowed() {
    return error(405, "MethodNotAllowed",
        "the server does not allow this method on the requested resource", emptyDetails());
  }

  /** 404 for a URL that names no known resource. */
  public static StatusException unknownPath() {
    return error(404, "NotFound", "the server could not find the requested resource",
        emptyDetails());
  }

  /** 406 when no acceptable media type can be produced. */
  public static StatusException notAcceptable(String acceptedTypes) {
    return error(406, "NotAcceptable",
        "only the following media types are accepted: " + acceptedTypes, null);
  }

  /** 410: a watch or list from a compacted resourceVersion. */
  public static StatusException expired(String message) {
    return error(410, "Expired", message, null);
  }

  /** 410 for a watch whose start revision has been compacted. */
  public static StatusException tooOldResourceVersion(long requested, long oldest) {
    return expired("too old resource version: " + requested + " (" + oldest + ")");
  }

  /** 413 with upstream's prefix. */
  public static StatusException requestEntityTooLarge(String message) {
    return error(413, "RequestEntityTooLarge", "Request entity too large: " + message, null);
  }

  /** 415 naming the media types this endpoint accepts. */
  public static StatusException unsupportedMediaType(String acceptedTypes) {
    return error(415, "UnsupportedMediaType",
        "the body of the request was in an unknown format - accepted media types include: "
            + acceptedTypes, null);
  }

  /** 429 (upstream's {@code NewTooManyRequestsError}): {@code Too many requests: <message>}. */
  public static StatusException tooManyRequests(String message) {
    return error(429, "TooManyRequests", "Too many requests: " + message, null);
  }

  /** 429 with a retry hint. */
  public static StatusException tooManyRequests(String message, int retryAfterSeconds) {
    return error(429, "TooManyRequests", message,
        new StatusDetails("", "", "", List.of(), retryAfterSeconds));
  }

  /** 500: {@code Internal error occurred: <cause>}. */
  public static StatusException internalError(String cause) {
    return error(500, "InternalError", "Internal error occurred: " + cause,
        new StatusDetails("", "", "", List.of(new StatusCause("", cause, "")), 0));
  }

  /** 500 with no reason: how upstream renders a plain Go error that is not a StatusError. */
  public static StatusException plainError(String message) {
    return error(500, "", message, null);
  }

  /** 503 with upstream's reason. */
  public static StatusException serviceUnavailable(String message) {
    return error(503, "ServiceUnavailable", message, null);
  }

  /** 504 with upstream's reason. */
  public static StatusException timeout(String message, int retryAfterSeconds) {
    return error(504, "Timeout", "Timeout: " + message,
        new StatusDetails("", "", "", List.of(), retryAfterSeconds));
  }

  private static StatusException error(int code, String reason, String message,
      StatusDetails details) {
    return new Status(code, reason, message, details).toException();
  }

  private static String requestObjectName(AdmissionRequest request) {
    if (!request.name().isEmpty()) {
      return request.name();
    }
    // the name is not generated yet during admission, so generateName stands in for it
    JsonNode metadata = request.object() == null ? null : request.object().path("metadata");
    String name = metadata == null ? "" : metadata.path("name").asText("");
    String generateName = metadata == null ? "" : metadata.path("generateName").asText("");
    return !name.isEmpty() ? name : !generateName.isEmpty() ? generateName : "Unknown";
  }

  private static StatusDetails emptyDetails() {
    return new StatusDetails("", "", "", List.of(), 0);
  }

  private static String bracketed(List<FieldError> errors) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < errors.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(errors.get(i));
    }
    return b.append(']').toString();
  }
}
