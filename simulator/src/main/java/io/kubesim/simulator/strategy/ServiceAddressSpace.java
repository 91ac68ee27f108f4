package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.StoreKeys;
import io.kubesim.simulator.store.StoredObject;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The service addresses of the simulated cluster: cluster IPs from {@code 10.96.0.0/12} (kubeadm's
 * default service CIDR) and node ports from {@code 30000-32767}. What is in use is read from the
 * stored services at every allocation — so it survives restarts, resets and objects written
 * straight to the store — plus what writes still in flight hold.
 */
final class ServiceAddressSpace {

  static final Ipv4Range CLUSTER_IPS = Ipv4Range.parse("10.96.0.0/12");
  static final int FIRST_NODE_PORT = 30000;
  static final int LAST_NODE_PORT = 32767;
  private static final String SERVICES = StoreKeys.resourcePrefix("", "services");

  private final ObjectStore store;
  private final Set<Long> heldIps = new HashSet<>();
  private final Set<Integer> heldPorts = new HashSet<>();

  ServiceAddressSpace(ObjectStore store) {
    this.store = store;
  }

  /**
   * Runs {@code work} against the addresses that no other service holds — every service but
   * {@code namespace/name}, which an update may keep — and holds what it claims until the
   * returned reservation is closed. Allocations are serialized, so two writes never claim alike.
   */
  synchronized Reservation claim(String namespace, String name, Consumer<AddressClaim> work) {
    Set<Long> ips = new HashSet<>(heldIps);
    Set<Integer> ports = new HashSet<>(heldPorts);
    String self = StoreKeys.objectKey("", "services", namespace, name);
    for (StoredObject service : store.list(SERVICES).items()) {
      if (!service.key().equals(self)) {
        collect(service.object().path("spec"), ips, ports);
      }
    }
    AddressClaim claim = new AddressClaim(ips, ports);
    work.accept(claim);
    heldIps.addAll(claim.claimedIps());
    heldPorts.addAll(claim.claimedPorts());
    return () -> release(claim);
  }

  private synchronized void release(AddressClaim claim) {
    heldIps.removeAll(claim.claimedIps());
    heldPorts.removeAll(claim.claimedPorts());
  }

  private static void collect(JsonNode spec, Set<Long> ips, Set<Integer> ports) {
    spec.path("clusterIPs").forEach(ip -> Ipv4Range.parseAddress(ip.asText()).ifPresent(ips::add));
    Ipv4Range.parseAddress(spec.path("clusterIP").asText("")).ifPresent(ips::add);
    spec.path("ports").forEach(port -> {
      if (port.path("nodePort").asInt(0) != 0) {
        ports.add(port.path("nodePort").asInt());
      }
    });
    if (spec.path("healthCheckNodePort").asInt(0) != 0) {
      ports.add(spec.path("healthCheckNodePort").asInt());
    }
  }
}
