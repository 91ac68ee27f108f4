package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of the kinds that plug code into the API server: admission webhooks fail closed after
 * ten seconds, match equivalent versions and every namespace and object, and are not reinvoked;
 * ValidatingAdmissionPolicies and their bindings match the same way; a webhook or an aggregated
 * APIService reached through a Service uses port 443.
 */
final class ExtensionPointDefaults {

  private static final int TIMEOUT_SECONDS = 10;
  private static final int SERVICE_PORT = 443;

  private ExtensionPointDefaults() {}

  static void validatingWebhooks(ObjectNode configuration) {
    items(configuration, "webhooks").forEach(ExtensionPointDefaults::webhook);
  }

  static void mutatingWebhooks(ObjectNode configuration) {
    for (ObjectNode webhook : items(configuration, "webhooks")) {
      webhook(webhook);
      setIfNil(webhook, "reinvocationPolicy", "Never");
    }
  }

  static void validatingAdmissionPolicy(ObjectNode policy) {
    ObjectNode spec = struct(policy, "spec");
    setIfNil(spec, "failurePolicy", "Fail");
    matchResources(pointer(spec, "matchConstraints"));
  }

  static void validatingAdmissionPolicyBinding(ObjectNode binding) {
    matchResources(GoFields.at(binding, "spec", "matchResources"));
  }

  static void apiService(ObjectNode apiService) {
    ObjectNode service = GoFields.at(apiService, "spec", "service");
    if (service != null) {
      setIfNil(service, "port", SERVICE_PORT);
    }
  }

  private static void webhook(ObjectNode webhook) {
    setIfNil(webhook, "failurePolicy", "Fail");
    setIfNil(webhook, "matchPolicy", "Equivalent");
    if (GoFields.isNil(webhook, "namespaceSelector")) {
      webhook.putObject("namespaceSelector");
    }
    if (GoFields.isNil(webhook, "objectSelector")) {
      webhook.putObject("objectSelector");
    }
    setIfNil(webhook, "timeoutSeconds", TIMEOUT_SECONDS);
    ObjectNode service = GoFields.at(webhook, "clientConfig", "service");
    if (service != null) {
      setIfNil(service, "port", SERVICE_PORT);
    }
    items(webhook, "rules").forEach(ExtensionPointDefaults::rule);
  }

  private static void matchResources(ObjectNode match) {
    if (match == null) {
      return;
    }
    setIfNil(match, "matchPolicy", "Equivalent");
    if (GoFields.isNil(match, "namespaceSelector")) {
      match.putObject("namespaceSelector");
    }
    if (GoFields.isNil(match, "objectSelector")) {
      match.putObject("objectSelector");
    }
    items(match, "resourceRules").forEach(ExtensionPointDefaults::rule);
    items(match, "excludeResourceRules").forEach(ExtensionPointDefaults::rule);
  }

  private static void rule(ObjectNode rule) {
    setIfNil(rule, "scope", "*");
  }
}
