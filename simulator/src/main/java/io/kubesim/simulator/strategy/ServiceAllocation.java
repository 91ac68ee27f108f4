package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.selector.GoStringSlice;
import io.kubesim.simulator.strategy.AddressClaim.AllocationFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses of a Service, as upstream's service REST storage allocates them: a cluster IP
 * (unless ExternalName or headless), the IP family fields, a node port for each port of a
 * NodePort or LoadBalancer service, and a health-check node port for a load balancer with local
 * traffic policy. Requested values are checked; on update, allocated values are carried over and
 * only what a type change newly needs is allocated.
 */
final class ServiceAllocation implements CreateHook, UpdateHook {

  private static final GroupKind SERVICE = new GroupKind("", "Service");

  private final ServiceAddressSpace space;

  ServiceAllocation(ServiceAddressSpace space) {
    this.space = space;
  }

  @Override
  public Reservation beforeCreate(ObjectNode service) {
    ObjectNode spec = spec(service);
    // An old client sends only clusterIP: the list follows it.
    String clusterIp = spec.path("clusterIP").asText("");
    if (!clusterIp.isEmpty() && spec.path("clusterIPs").isEmpty()) {
      spec.putArray("clusterIPs").add(clusterIp);
    }
    return allocate(service, null, service.path("metadata").path("uid").asText(""));
  }

  @Override
  public Reservation beforeUpdate(ObjectNode updated, ObjectNode old) {
    ServiceUpdatePreparation.apply(spec(updated), old.path("spec"));
    // A client's PUT need not carry the uid: seed with the stored one.
    return allocate(updated, old.path("spec"), old.path("metadata").path("uid").asText(""));
  }

  private Reservation allocate(ObjectNode service, JsonNode oldSpec, String uid) {
    ObjectNode spec = spec(service);
    JsonNode meta = service.path("metadata");
    String name = meta.path("name").asText("");
    ServiceIpFamilies.initialize(spec, oldSpec, name);
    boolean newClusterIp = oldSpec == null || !ServiceTypes.needsClusterIp(oldSpec);
    return space.claim(meta.path("namespace").asText(""), name, claim -> {
      if (newClusterIp) {
        clusterIp(spec, name, uid, claim);
      }
      if (ServiceTypes.needsNodePort(spec)) {
        nodePorts(spec, name, uid, claim);
      }
      if (ServiceTypes.needsHealthCheck(spec)) {
        healthCheckNodePort(spec, oldSpec, uid, claim);
      }
    });
  }

  private static void clusterIp(ObjectNode spec, String name, String uid, AddressClaim claim) {
    if (!ServiceTypes.needsClusterIp(spec) || ServiceTypes.headless(spec)) {
      return;
    }
    List<String> ips = ServiceIpFamilies.texts(spec.path("clusterIPs"));
    String requested = ips.isEmpty() ? spec.path("clusterIP").asText("") : ips.get(0);
    String ip;
    if (requested.isEmpty()) {
      try {
        ip = Ipv4Range.format(claim.nextIp(uid + "/clusterIP"));
      } catch (AllocationFailure e) {
        throw StatusErrors.internalError("failed to allocate a serviceIP: " + e.getMessage());
      }
    } else {
      ip = requested;
      try {
        claim.claimIp(Ipv4Range.parseAddress(requested).orElseThrow());
      } catch (AllocationFailure e) {
        throw StatusErrors.invalid(SERVICE, name, List.of(FieldError.invalid("spec.clusterIPs",
            new GoStringSlice(ips), "failed to allocate IP " + requested + ": " + e.getMessage())));
      }
    }
    spec.put("clusterIP", ip);
    spec.putArray("clusterIPs").add(ip);
  }

  /** Ports sharing a port number (TCP and UDP 53) share one node port, as upstream's do. */
  private static void nodePorts(ObjectNode spec, String name, String uid, AddressClaim claim) {
    Map<Integer, Integer> byServicePort = new HashMap<>();
    List<JsonNode> ports = toList(spec.path("ports"));
    for (int i = 0; i < ports.size(); i++) {
      ObjectNode port = (ObjectNode) ports.get(i);
      int nodePort = port.path("nodePort").asInt(0);
      if (nodePort == 0 && !ServiceTypes.allocatesNodePorts(spec)) {
        continue;
      }
      int servicePort = port.path("port").asInt(0);
      Integer shared = byServicePort.get(servicePort);
      if (shared == null) {
        int requested = ports.stream().skip(i)
            .filter(p -> p.path("port").asInt(0) == servicePort)
            .mapToInt(p -> p.path("nodePort").asInt(0)).filter(p -> p != 0).findFirst().orElse(0);
        int chosen = requested != 0 ? claimPort(claim, requested, name, i)
            : nextPort(claim, uid + "/nodePort/" + i);
        port.put("nodePort", chosen);
        byServicePort.put(servicePort, chosen);
      } else if (nodePort == 0) {
        port.put("nodePort", shared);
      } else if (nodePort != shared) {
        claimPort(claim, nodePort, name, i);
      }
    }
  }

  private static void healthCheckNodePort(ObjectNode spec, JsonNode oldSpec, String uid,
      AddressClaim claim) {
    int requested = spec.path("healthCheckNodePort").asInt(0);
    if (requested == 0) {
      spec.put("healthCheckNodePort", nextPort(claim, uid + "/healthCheckNodePort"));
      return;
    }
    if (oldSpec != null && oldSpec.path("healthCheckNodePort").asInt(0) == requested) {
      return;
    }
    try {
      claim.claimPort(requested);
    } catch (AllocationFailure e) {
      throw StatusErrors.internalError("failed to allocate requested HealthCheck NodePort "
          + requested + ": " + e.getMessage());
    }
  }

  private static int claimPort(AddressClaim claim, int port, String name, int index) {
    try {
      claim.claimPort(port);
      return port;
    } catch (AllocationFailure e) {
      throw StatusErrors.invalid(SERVICE, name, List.of(FieldError.invalid(
          "spec.ports[" + index + "].nodePort", port, e.getMessage())));
    }
  }

  private static int nextPort(AddressClaim claim, String seed) {
    try {
      return claim.nextPort(seed);
    } catch (AllocationFailure e) {
      throw StatusErrors.internalError("failed to allocate a nodePort: " + e.getMessage());
    }
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private static ObjectNode spec(ObjectNode service) {
    return service.get("spec") instanceof ObjectNode spec ? spec : service.putObject("spec");
  }
}
