package io.kubesim.simulator.journal;

import java.util.List;
import java.util.Map;

/**
 * What an audit event says about a request beyond the journal's summary: who (groups), from
 * where (user agent, address), exactly what (API group and version, subresource), and the
 * annotations authorization and admission added.
 *
 * @param groups the user's groups
 * @param userAgent the client's {@code User-Agent}, or empty
 * @param sourceIp the client's address, or empty
 * @param apiGroup the API group, empty for core
 * @param apiVersion the API version, e.g. {@code v1}
 * @param subresource e.g. {@code status}, or empty
 * @param annotations e.g. {@code authorization.k8s.io/decision: allow}
 */
public record AuditDetails(
    List<String> groups,
    String userAgent,
    String sourceIp,
    String apiGroup,
    String apiVersion,
    String subresource,
    Map<String, String> annotations) {

  public AuditDetails {
    groups = List.copyOf(groups);
    annotations = Map.copyOf(annotations);
  }

  /** Nothing known beyond the summary. */
  public static AuditDetails none() {
    return new AuditDetails(List.of(), "", "", "", "", "", Map.of());
  }
}
