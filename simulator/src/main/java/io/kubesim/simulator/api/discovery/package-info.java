/**
 * Discovery documents: what {@code /version}, {@code /}, {@code /api}, {@code /apis} and each
 * {@code /apis/{group}/{version}} answer, generated from a {@link
 * io.kubesim.simulator.api.ResourceRegistry}. Clients read these before anything else: kubectl
 * resolves {@code kubectl get deploy} to a URL from the aggregated documents, fabric8 and the
 * official Java client from the legacy ones. Documents are Jackson trees, so any HTTP layer can
 * serve them.
 */
package io.kubesim.simulator.api.discovery;
