/**
 * The simulator's etcd: objects as JSON under registry-style keys, one global revision stamped into
 * every object as its {@code resourceVersion}, compare-and-swap updates, and watches that resume
 * from a bounded event history.
 *
 * <p>A real API server keeps its state in etcd and builds optimistic concurrency, list consistency
 * and watch on etcd's revisions. Reproducing those revisions here is what lets controllers,
 * informers and {@code kubectl} behave against the simulator as they do against a cluster: a stale
 * update conflicts, a list-then-watch misses nothing, and a watch resumed from a revision too old
 * fails with 410 Gone.
 */
package io.kubesim.simulator.store;
