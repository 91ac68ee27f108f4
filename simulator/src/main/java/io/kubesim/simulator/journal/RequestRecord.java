package io.kubesim.simulator.journal;

import io.kubesim.admission.TraceEntry;
import java.time.Instant;
import java.util.List;

/**
 * One served request and what the simulator did with it, stage by stage.
 *
 * @param id the request id (the {@code Audit-Id} header)
 * @param received when the request arrived
 * @param method the HTTP method
 * @param uri the path and query
 * @param user the authenticated user name, or empty when authentication did not run
 * @param verb the API verb, or empty for non-resource URLs
 * @param resource the resource (with group), e.g. {@code deployments.apps}, or empty
 * @param namespace the namespace, or empty
 * @param name the object name, or empty
 * @param code the HTTP status answered
 * @param durationNanos time from arrival to answer
 * @param trace one entry per stage and admission plugin, in order
 */
public record RequestRecord(
    String id,
    Instant received,
    String method,
    String uri,
    String user,
    String verb,
    String resource,
    String namespace,
    String name,
    int code,
    long durationNanos,
    List<TraceEntry> trace) {

  public RequestRecord {
    trace = List.copyOf(trace);
  }

  /** A one-line summary for verbose logging: {@code POST pods default/web 201 [authn ok, ...]}. */
  public String summary() {
    StringBuilder b = new StringBuilder()
        .append(method).append(' ').append(uri).append(' ').append(code)
        .append(String.format(" %.2fms", durationNanos / 1e6));
    if (!trace.isEmpty()) {
      b.append(" [");
      for (int i = 0; i < trace.size(); i++) {
        TraceEntry e = trace.get(i);
        b.append(i == 0 ? "" : ", ").append(e.name()).append('=')
            .append(e.decision().name().toLowerCase());
      }
      b.append(']');
    }
    return b.toString();
  }
}
