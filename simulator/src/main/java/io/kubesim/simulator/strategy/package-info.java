/**
 * What kube-apiserver's registry does to an object between admission and storage, beyond
 * server-owned metadata: the values it assigns rather than defaults.
 *
 * <p>A Service created without a cluster IP comes back with one, unique in the cluster, and a
 * NodePort service with a node port per port; a Job comes back with a selector and pod labels of
 * its own. Upstream does this in the resource's strategy ({@code PrepareForCreate},
 * {@code PrepareForUpdate}) or REST storage hooks. Here each resource's behaviour is a
 * {@link io.kubesim.simulator.strategy.CreateHook} or
 * {@link io.kubesim.simulator.strategy.UpdateHook}, collected in
 * {@link io.kubesim.simulator.strategy.StorageHooks}. Allocation state is never kept on the side:
 * it is read back from the stored services, so it survives restarts and resets.
 */
package io.kubesim.simulator.strategy;
