/**
 * TaintNodesByCondition: marks every new node not ready for scheduling until proven otherwise.
 *
 * <p>Why it exists: a node registers itself before its kubelet has reported any condition. If
 * the scheduler saw it as an ordinary node in that window, it could place pods on a machine that
 * is not ready to run them, or whose network is still coming up. So the API server taints every
 * node at creation with {@code node.kubernetes.io/not-ready:NoSchedule}; the node lifecycle
 * controller removes the taint as soon as the node reports {@code Ready}. In kubesim no
 * controller removes it, which is exactly what a cluster with a stuck node looks like.
 */
package io.kubesim.admission.plugins.taintnodesbycondition;
