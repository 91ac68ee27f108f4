package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.simulator.api.ResourceType;

/**
 * The service-account controller's job: every active namespace has a service account named
 * {@code default}, recreated if someone deletes it. Pods that name no account run as it.
 */
final class DefaultServiceAccount implements NamespaceReconciler {

  static final String NAME = "default";

  private final ActiveNamespaces namespaces;

  DefaultServiceAccount(ActiveNamespaces namespaces) {
    this.namespaces = namespaces;
  }

  @Override
  public GroupResource resource() {
    return KnownResources.SERVICE_ACCOUNTS;
  }

  @Override
  public String objectName() {
    return NAME;
  }

  @Override
  public void reconcile(String namespace) {
    ResourceType type = namespaces.type(resource().resource());
    if (!namespaces.isActive(namespace) || namespaces.find(type, namespace, NAME).isPresent()) {
      return;
    }
    ObjectNode account = ObjectMappers.json().createObjectNode();
    account.put("apiVersion", "v1").put("kind", "ServiceAccount");
    account.putObject("metadata").put("name", NAME);
    namespaces.createIfAbsent(type, namespace, NAME, account);
  }
}
