/**
 * NamespaceLifecycle: keeps new content out of namespaces that are missing or going away.
 *
 * <p>Why it exists: deleting a namespace is not instant. The namespace turns {@code Terminating}
 * and the namespace controller deletes everything in it, then removes the namespace. If clients
 * could keep creating objects meanwhile, the controller would chase them forever, or objects
 * would outlive their namespace as orphans that no {@code kubectl get -n} shows. So this plugin,
 * on by default in every real cluster, answers 404 {@code namespaces "x" not found} for a create
 * or update in a namespace that does not exist, and 403 {@code unable to create new content in
 * namespace x because it is being terminated} (with a {@code NamespaceTerminating} cause) for a
 * create in a terminating one. Updates and deletes there stay allowed, so that finalizers can be
 * removed and the cleanup can finish.
 *
 * <p>It also refuses to delete {@code default}, {@code kube-system} and {@code kube-public}:
 * without them a cluster loses its API service, its system pods and its public bootstrap data.
 *
 * <p>It runs in the mutating phase, early, so that a doomed request fails before any other
 * plugin looks at it; it never changes the object.
 */
package io.kubesim.admission.plugins.namespacelifecycle;
