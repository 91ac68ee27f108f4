package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.simulator.store.ObjectStore;
import java.util.Map;

/**
 * The create and update hooks of the built-in resources, by resource (every served version of a
 * resource shares its registry): Services get cluster IPs and node ports, Pods their QoS
 * class, Jobs a selector of their own, DaemonSets a template generation. Resources without hooks
 * are stored as they are.
 */
public final class StorageHooks {

  private final Map<GroupResource, CreateHook> creates;
  private final Map<GroupResource, UpdateHook> updates;

  private StorageHooks(Map<GroupResource, CreateHook> creates,
      Map<GroupResource, UpdateHook> updates) {
    this.creates = Map.copyOf(creates);
    this.updates = Map.copyOf(updates);
  }

  /**
   * The hooks of kube-apiserver 1.33, allocating service addresses against what the services in
   * {@code store} hold. One instance per store: it also tracks addresses of writes in flight.
   */
  public static StorageHooks kubernetes133(ObjectStore store) {
    ServiceAllocation services = new ServiceAllocation(new ServiceAddressSpace(store));
    GroupResource serviceResource = new GroupResource("", "services");
    GroupResource daemonSets = new GroupResource("apps", "daemonsets");
    return new StorageHooks(
        Map.of(serviceResource, services,
            new GroupResource("", "pods"), new PodQosClass(),
            new GroupResource("batch", "jobs"), new JobSelector(),
            daemonSets, DaemonSetTemplateGeneration::onCreate),
        Map.of(serviceResource, services,
            daemonSets, DaemonSetTemplateGeneration::onUpdate));
  }

  /** No hooks at all. */
  public static StorageHooks none() {
    return new StorageHooks(Map.of(), Map.of());
  }

  /** True when {@code resource} has a create hook. */
  public boolean handlesCreate(GroupResource resource) {
    return creates.containsKey(resource);
  }

  /** True when {@code resource} has an update hook. */
  public boolean handlesUpdate(GroupResource resource) {
    return updates.containsKey(resource);
  }

  /** Runs the create hook of {@code resource}, if it has one. */
  public Reservation beforeCreate(GroupResource resource, ObjectNode object) {
    CreateHook hook = creates.get(resource);
    return hook == null ? Reservation.NONE : hook.beforeCreate(object);
  }

  /** Runs the update hook of {@code resource}, if it has one. */
  public Reservation beforeUpdate(GroupResource resource, ObjectNode updated, ObjectNode old) {
    UpdateHook hook = updates.get(resource);
    return hook == null ? Reservation.NONE : hook.beforeUpdate(updated, old);
  }
}
