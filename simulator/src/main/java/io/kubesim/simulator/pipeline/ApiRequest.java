package io.kubesim.simulator.pipeline;

import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.api.RequestTarget;

/**
 * One resource request as the pipeline sees it, independent of the HTTP server.
 *
 * @param auditId the request id, returned in the {@code Audit-Id} header
 * @param method the HTTP method
 * @param path the URL path
 * @param target what the URL addresses and the verb
 * @param query the query parameters
 * @param contentType the request's {@code Content-Type}, or empty
 * @param body the raw body, possibly empty
 * @param authorization the {@code Authorization} header, or empty
 */
public record ApiRequest(
    String auditId,
    String method,
    String path,
    RequestTarget target,
    QueryParams query,
    String contentType,
    byte[] body,
    String authorization) {

  public ApiRequest {
    contentType = contentType == null ? "" : contentType;
    body = body == null ? new byte[0] : body;
    authorization = authorization == null ? "" : authorization;
  }
}
