/**
 * ServiceAccount: gives every pod an identity and the credentials to use it.
 *
 * <p>Why it exists: software inside a pod often talks to the API server (operators, CI agents,
 * anything using client-go), and it has to authenticate as someone. Kubernetes' answer is the
 * service account, a per-namespace identity. This plugin, on by default, makes that automatic:
 * a pod that names no service account gets {@code default} (which the service-account controller
 * creates in every namespace), and every container gets a read-only volume at {@code
 * /var/run/secrets/kubernetes.io/serviceaccount} holding a short-lived bound token, the cluster
 * CA bundle ({@code kube-root-ca.crt}) and the namespace name. That projected volume, named
 * {@code kube-api-access-<5 random characters>}, is what in-cluster client libraries read.
 * A pod or service account can opt out with {@code automountServiceAccountToken: false}.
 *
 * <p>It also copies the service account's {@code imagePullSecrets} into pods that have none, so
 * registry credentials can be attached once per namespace instead of once per pod; and it
 * rejects pods whose service account does not exist, since such a pod could never get a token.
 * A service account annotated {@code kubernetes.io/enforce-mountable-secrets: "true"} further
 * limits its pods to the secrets it lists. Mirror pods (the API copies of static pods) get no
 * changes and may not reference service accounts or secrets at all.
 */
package io.kubesim.admission.plugins.serviceaccount;
