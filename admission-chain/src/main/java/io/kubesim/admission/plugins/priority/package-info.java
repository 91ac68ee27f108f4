/**
 * Priority: turns a pod's PriorityClass name into the number the scheduler uses.
 *
 * <p>Why it exists: when a cluster is full, the scheduler may evict (preempt) lower-priority pods
 * to make room for higher-priority ones, so a pod's priority decides who survives a crunch.
 * Letting each pod state its own number would let anyone claim the top; instead pods name a
 * cluster-scoped PriorityClass ({@code spec.priorityClassName}), and this plugin, on by default,
 * copies the class's {@code value} into {@code spec.priority} and its {@code preemptionPolicy}
 * into {@code spec.preemptionPolicy}. A pod naming no class gets the class marked {@code
 * globalDefault}, or priority 0 when there is none. A pod that names a missing class, or brings
 * its own different numbers, is rejected. The built-in classes {@code system-cluster-critical}
 * (2000000000) and {@code system-node-critical} (2000001000) protect the pods a cluster or a
 * node cannot work without (DNS, CNI, kube-proxy).
 *
 * <p>For PriorityClasses it enforces a single global default, since two defaults would make a
 * pod's priority depend on which one a lookup happened to find.
 */
package io.kubesim.admission.plugins.priority;
