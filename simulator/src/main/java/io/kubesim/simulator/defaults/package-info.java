/**
 * API defaulting of the built-in kinds, as kube-apiserver 1.33 applies it.
 *
 * <p>In a real cluster a client may send a Deployment with nothing but a selector and a pod
 * template; what {@code kubectl get -o yaml} shows afterwards has a replica count, a rolling
 * update strategy, a DNS policy, a pull policy for every container and much more. Those values
 * are not invented by controllers: the API server fills them in each time it decodes an object
 * (upstream's {@code SetDefaults_*} functions in {@code pkg/apis/<group>/<version>/defaults.go}),
 * before admission, so admission plugins and webhooks already see them.
 *
 * <p>{@link io.kubesim.simulator.defaults.BuiltInDefaults} is the one table from kind to
 * {@link io.kubesim.simulator.defaults.Defaulter}; pod specs are defaulted the same way wherever
 * they appear (Pods and every pod template). Values the registry assigns rather than defaults —
 * cluster IPs, node ports, a Job's selector — live in {@code io.kubesim.simulator.strategy}.
 */
package io.kubesim.simulator.defaults;
