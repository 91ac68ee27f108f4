/**
 * PodTolerationRestriction: decides per namespace which taints its pods may tolerate.
 *
 * <p>Why it exists: taints reserve nodes (GPU machines, a team's dedicated pool), but any pod
 * author can write a matching toleration and walk onto them. This plugin gives administrators
 * two namespace annotations: {@code scheduler.alpha.kubernetes.io/defaultTolerations}, merged
 * into every new pod of the namespace (so a team's pods land on its pool without each manifest
 * saying so), and {@code scheduler.alpha.kubernetes.io/tolerationsWhitelist}, which every
 * toleration of the namespace's pods must fall under. The plugin's configuration provides the
 * same two lists for namespaces that set neither. It also gives every pod that is not
 * BestEffort the {@code node.kubernetes.io/memory-pressure} toleration: a node short of memory
 * should still take pods that reserved their memory, and refuse only BestEffort ones.
 */
package io.kubesim.admission.plugins.podtolerationrestriction;
