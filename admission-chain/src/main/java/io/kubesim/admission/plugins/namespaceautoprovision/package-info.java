/**
 * NamespaceAutoProvision: creates a missing namespace on the first write into it.
 *
 * <p>Why it exists: in early Kubernetes, namespaces were a label more than an object, and many
 * tools simply wrote into {@code -n whatever} expecting it to work. This plugin keeps that
 * convenience: when a request creates an object in a namespace that does not exist, it creates
 * the namespace first (a side effect, not a change to the object, and one that is not undone if
 * a later plugin rejects the request; dry runs create nothing). It is off by default because it
 * defeats the point of namespaces as an administrative boundary: anyone who may create a pod can
 * now create namespaces too. It runs before NamespaceLifecycle, so that plugin sees the new
 * namespace and lets the request through.
 *
 * <p>kubesim writes the namespace through the environment's {@link
 * io.kubesim.admission.cluster.ClusterWriter}, as upstream does through its API client.
 */
package io.kubesim.admission.plugins.namespaceautoprovision;
