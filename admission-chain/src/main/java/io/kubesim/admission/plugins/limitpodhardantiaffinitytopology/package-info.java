/**
 * LimitPodHardAntiAffinityTopology: keeps required pod anti-affinity to single nodes.
 *
 * <p>Why it exists: a required anti-affinity term says "never run next to a pod matching this
 * selector within this topology". With {@code kubernetes.io/hostname} that costs one node per
 * pod; with a zone or region key, a single pod can block a whole zone for everybody whose pods
 * match its selector, and the scheduler must check far more pods for every placement. In a
 * shared cluster that lets one tenant starve others, so operators can enable this plugin to
 * allow only the hostname key in required terms. Preferred terms remain free, since the
 * scheduler may ignore them.
 */
package io.kubesim.admission.plugins.limitpodhardantiaffinitytopology;
