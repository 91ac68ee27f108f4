/**
 * PodNodeSelector: pins each namespace's pods to the nodes meant for it.
 *
 * <p>Why it exists: a cluster shared by teams or environments often splits its nodes too, say
 * {@code env=production} and {@code env=development}. Trusting every pod author to set the right
 * {@code nodeSelector} does not hold up. With this plugin an administrator annotates a namespace
 * with {@code scheduler.alpha.kubernetes.io/node-selector: env=development}; every pod created
 * there gets that selector merged into its own, and a pod that asks for {@code env=production}
 * is rejected as conflicting. A cluster-wide default covers namespaces without the annotation,
 * and a per-namespace whitelist in the plugin's configuration limits what pods may select at all.
 */
package io.kubesim.admission.plugins.podnodeselector;
