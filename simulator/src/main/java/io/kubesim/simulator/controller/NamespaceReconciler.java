package io.kubesim.simulator.controller;

import io.kubesim.admission.GroupResource;

/**
 * One controller's job in every namespace: keep one object present and right, like the
 * service-account controller's {@code default} account.
 */
public interface NamespaceReconciler {

  /** The resource of the object this reconciler keeps in each namespace. */
  GroupResource resource();

  /** The name of that object. */
  String objectName();

  /**
   * Creates or repairs the object in {@code namespace} if the namespace is active; does nothing
   * when the object is already right or the namespace is missing or terminating.
   */
  void reconcile(String namespace);
}
