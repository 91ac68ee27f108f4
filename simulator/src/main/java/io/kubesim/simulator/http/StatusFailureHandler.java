package io.kubesim.simulator.http;

import io.kubesim.admission.status.Status;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.StatusJson;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: renders every failed exchange as a {@code metav1.Status}. A
 * {@link StatusException} is sent as it is; the framework's own codes (413 from the body limit,
 * 404 for no route, 405) become upstream's Status; anything else is a server bug, logged and
 * answered 500.
 */
final class StatusFailureHandler implements Handler<RoutingContext> {

  /** Upstream's request body limit: 3 MiB. */
  static final long MAX_BODY_BYTES = 3L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(StatusFailureHandler.class);

  private final ResponseWriter writer;

  StatusFailureHandler(ResponseWriter writer) {
    this.writer = writer;
  }

  @Override
  public void handle(RoutingContext rc) {
    Status status = statusOf(rc);
    if (rc.response().ended() || rc.response().closed()) {
      return;
    }
    if (rc.response().headWritten()) {
      rc.response().end();
      return;
    }
    writer.json(rc, status.code(), StatusJson.failure(status));
  }

  private static Status statusOf(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (failure instanceof StatusException se) {
      return se.status();
    }
    if (failure == null) {
      return switch (rc.statusCode()) {
        case 413 -> StatusErrors.requestEntityTooLarge("limit is " + MAX_BODY_BYTES).status();
        case 404 -> StatusErrors.unknownPath().status();
        case 405 -> StatusErrors.methodNotAllowed().status();
        case 400 -> StatusErrors.badRequest("bad request").status();
        default -> StatusErrors.internalError("HTTP " + rc.statusCode()).status();
      };
    }
    LOG.error("unexpected failure serving {} {}", rc.request().method(), rc.request().uri(),
        failure);
    return StatusErrors.internalError(String.valueOf(failure.getMessage())).status();
  }
}
