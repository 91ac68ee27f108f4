/**
 * LimitRanger: enforces a namespace's LimitRange objects on pods and claims.
 *
 * <p>Why it exists: the scheduler places pods by their resource requests, and the kubelet caps
 * them by their limits. A pod without either can land anywhere and grow without bound, and one
 * team's pods can crowd out another's; a ResourceQuota that counts cpu and memory cannot even
 * count a pod that declares none. A LimitRange lets a namespace's administrator fill in
 * defaults ({@code default} for limits, {@code defaultRequest} for requests), which this plugin
 * writes into each container and records in the {@code kubernetes.io/limit-ranger} annotation,
 * and set bounds ({@code min}, {@code max}, {@code maxLimitRequestRatio}) per container, per pod
 * or per PersistentVolumeClaim, which it checks and answers with a 403 naming every violation.
 */
package io.kubesim.admission.plugins.limitranger;
