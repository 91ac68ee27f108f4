/**
 * Label and field selectors for list and watch, reproducing kube-apiserver 1.33.
 *
 * <p>Every client narrows what it reads with selectors: {@code kubectl get -l app=web}, the
 * {@code fieldSelector=metadata.name=x} that {@code kubectl delete} and {@code kubectl wait} watch
 * with, the {@code involvedObject.*} query behind {@code kubectl describe}. Controllers and
 * admission plugins evaluate the structured {@code metav1.LabelSelector} that Deployments,
 * Services and PodDisruptionBudgets carry. This package parses both syntaxes with upstream's exact
 * grammar and error messages, matches them against JSON objects, and keeps the per-kind table of
 * selectable fields ({@link io.kubesim.simulator.selector.SelectableFieldsTable}) in one place.
 *
 * <p>Entry points: {@link io.kubesim.simulator.selector.SelectionPredicate#fromQuery} for request
 * handlers, {@link io.kubesim.simulator.selector.LabelSelector} and
 * {@link io.kubesim.simulator.selector.MetaLabelSelector} for code that matches labels.
 */
package io.kubesim.simulator.selector;
