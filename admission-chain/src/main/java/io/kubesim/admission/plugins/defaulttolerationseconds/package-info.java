/**
 * DefaultTolerationSeconds: gives every pod a five-minute tolerance for failed nodes.
 *
 * <p>Why it exists: when a node stops being ready or stops reporting, the node lifecycle
 * controller taints it with {@code node.kubernetes.io/not-ready} or
 * {@code node.kubernetes.io/unreachable} and effect {@code NoExecute}, which evicts every pod
 * that does not tolerate the taint, at once. A short network blip would then reschedule a whole
 * node's workload. This plugin adds both tolerations with {@code tolerationSeconds: 300} to pods
 * that do not mention them, so pods ride out brief outages and are evicted only after five
 * minutes. Pods that set their own tolerations (a database that should fail over in 30 seconds,
 * a daemon that must never leave) keep them.
 *
 * <p>Upstream configures the seconds with kube-apiserver flags; kubesim takes the same flag
 * names in the plugin's admission configuration entry.
 */
package io.kubesim.admission.plugins.defaulttolerationseconds;
