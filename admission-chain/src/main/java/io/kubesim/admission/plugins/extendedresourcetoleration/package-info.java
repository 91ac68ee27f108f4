/**
 * ExtendedResourceToleration: lets pods that ask for special hardware onto the nodes that have
 * it.
 *
 * <p>Why it exists: cluster operators keep GPU or FPGA nodes for the pods that need them by
 * tainting those nodes with the extended resource's name (say {@code nvidia.com/gpu} with effect
 * {@code NoSchedule}). Without help, every GPU pod would then have to carry a matching toleration
 * by hand. This plugin adds {@code {key: <resource>, operator: Exists, effect: NoSchedule}} to
 * any pod whose containers request an extended resource, so requesting the GPU is enough and
 * ordinary pods stay off the expensive nodes.
 */
package io.kubesim.admission.plugins.extendedresourcetoleration;
