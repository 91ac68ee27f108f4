package io.kubesim.admission.cluster;

import io.kubesim.admission.GroupResource;

/** The resources admission plugins look up, named once so lookups cannot misspell them. */
public final class KnownResources {

  public static final GroupResource NAMESPACES = new GroupResource("", "namespaces");
  public static final GroupResource NODES = new GroupResource("", "nodes");
  public static final GroupResource PODS = new GroupResource("", "pods");
  public static final GroupResource SERVICE_ACCOUNTS = new GroupResource("", "serviceaccounts");
  public static final GroupResource SECRETS = new GroupResource("", "secrets");
  public static final GroupResource LIMIT_RANGES = new GroupResource("", "limitranges");
  public static final GroupResource RESOURCE_QUOTAS = new GroupResource("", "resourcequotas");
  public static final GroupResource PERSISTENT_VOLUME_CLAIMS =
      new GroupResource("", "persistentvolumeclaims");
  public static final GroupResource PRIORITY_CLASSES =
      new GroupResource("scheduling.k8s.io", "priorityclasses");
  public static final GroupResource STORAGE_CLASSES =
      new GroupResource("storage.k8s.io", "storageclasses");
  public static final GroupResource RUNTIME_CLASSES =
      new GroupResource("node.k8s.io", "runtimeclasses");
  public static final GroupResource INGRESS_CLASSES =
      new GroupResource("networking.k8s.io", "ingressclasses");

  private KnownResources() {}
}
