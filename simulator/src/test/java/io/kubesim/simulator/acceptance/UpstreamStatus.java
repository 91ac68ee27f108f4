package io.kubesim.simulator.acceptance;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The exact {@code metav1.Status} bodies kube-apiserver sends, in its key order, for the bad
 * input tests to compare byte for byte.
 */
final class UpstreamStatus {

  private UpstreamStatus() {}

  /** The generic 404 of a URL that names no resource. */
  static final String NOT_FOUND_PATH = "{\"kind\":\"Status\",\"apiVersion\":\"v1\","
      + "\"metadata\":{},\"status\":\"Failure\",\"message\":\"the server could not find the "
      + "requested resource\",\"reason\":\"NotFound\",\"details\":{},\"code\":404}";

  /** Upstream's RFC 1123 subdomain message for most object names. */
  static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower "
      + "case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
      + "character (e.g. 'example.com', regex used for validation is "
      + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

  /** A JSON string literal. */
  static String q(String s) {
    return new TextNode(s).toString();
  }

  /** {@code NewBadRequest}-shaped: no details. */
  static String failure(String reason, String message, int code) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
        + "\"message\":" + q(message) + ",\"reason\":\"" + reason + "\",\"code\":" + code + "}";
  }

  /** {@code NewNotFound}: details name the resource, and the group when there is one. */
  static String notFound(String resource, String group, String name) {
    String plural = resource.contains(".") ? resource.substring(0, resource.indexOf('.'))
        : resource;
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
        + "\"message\":" + q(resource + " \"" + name + "\" not found") + ",\"reason\":"
        + "\"NotFound\",\"details\":{\"name\":\"" + name + "\","
        + (group.isEmpty() ? "" : "\"group\":\"" + group + "\",") + "\"kind\":\"" + plural
        + "\"},\"code\":404}";
  }

  /** {@code NewInvalid} with one field error: details name the kind and the cause. */
  static String invalid(String name, String group, String kind, String field,
      String causeReason, String body) {
    String qualified = group.isEmpty() ? kind : kind + "." + group;
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
        + "\"message\":" + q(qualified + " \"" + name + "\" is invalid: " + field + ": " + body)
        + ",\"reason\":\"Invalid\",\"details\":{"
        + (name.isEmpty() ? "" : "\"name\":" + q(name) + ",")
        + (group.isEmpty() ? "" : "\"group\":\"" + group + "\",")
        + "\"kind\":\"" + kind + "\",\"causes\":[{\"reason\":\"" + causeReason + "\","
        + "\"message\":" + q(body) + ",\"field\":\"" + field + "\"}]},\"code\":422}";
  }
}
