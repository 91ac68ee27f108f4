package io.kubesim.simulator.strategy;

import static io.kubesim.simulator.strategy.ServiceAddressSpace.CLUSTER_IPS;
import static io.kubesim.simulator.strategy.ServiceAddressSpace.FIRST_NODE_PORT;
import static io.kubesim.simulator.strategy.ServiceAddressSpace.LAST_NODE_PORT;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * One service's allocation against the addresses others hold: requested addresses are checked
 * (with upstream's reasons when they are out of range or taken), missing ones are picked.
 *
 * <p>Like upstream, a picked address comes from the upper part of the range first, leaving the
 * lower part (the first 256 IPs, the first 86 ports) to clients that ask for fixed values. Where
 * upstream picks at random, the pick starts from a hash of a per-object seed (its uid), so runs
 * with seeded ids allocate the same addresses.
 */
final class AddressClaim {

  private static final long IP_STATIC_BAND = 256;
  private static final long PORT_STATIC_BAND = 86;

  private final Set<Long> usedIps;
  private final Set<Integer> usedPorts;
  private final Set<Long> claimedIps = new LinkedHashSet<>();
  private final Set<Integer> claimedPorts = new LinkedHashSet<>();

  AddressClaim(Set<Long> usedIps, Set<Integer> usedPorts) {
    this.usedIps = usedIps;
    this.usedPorts = usedPorts;
  }

  /** Claims a requested cluster IP. */
  void claimIp(long ip) {
    if (!CLUSTER_IPS.contains(ip)) {
      throw new AllocationFailure("the provided IP (" + Ipv4Range.format(ip)
          + ") is not in the valid range. The range of valid IPs is " + CLUSTER_IPS);
    }
    if (usedIps.contains(ip) || !claimedIps.add(ip)) {
      throw new AllocationFailure("provided IP is already allocated");
    }
  }

  /** Picks and claims a free cluster IP. */
  long nextIp(String seed) {
    long ip = pick(CLUSTER_IPS.first(), CLUSTER_IPS.last(), CLUSTER_IPS.network() + IP_STATIC_BAND,
        seed, candidate -> !usedIps.contains(candidate) && !claimedIps.contains(candidate));
    claimedIps.add(ip);
    return ip;
  }

  /** Claims a requested node port. */
  void claimPort(int port) {
    if (port < FIRST_NODE_PORT || port > LAST_NODE_PORT) {
      throw new AllocationFailure("provided port is not in the valid range. The range of valid "
          + "ports is " + FIRST_NODE_PORT + "-" + LAST_NODE_PORT);
    }
    if (usedPorts.contains(port) || !claimedPorts.add(port)) {
      throw new AllocationFailure("provided port is already allocated");
    }
  }

  /** Picks and claims a free node port. */
  int nextPort(String seed) {
    int port = (int) pick(FIRST_NODE_PORT, LAST_NODE_PORT, FIRST_NODE_PORT + PORT_STATIC_BAND,
        seed, candidate -> !usedPorts.contains((int) candidate)
            && !claimedPorts.contains((int) candidate));
    claimedPorts.add(port);
    return port;
  }

  Set<Long> claimedIps() {
    return claimedIps;
  }

  Set<Integer> claimedPorts() {
    return claimedPorts;
  }

  /** The dynamic band {@code [dynamicFirst, last]} from a seeded start, then the static band. */
  private static long pick(long first, long last, long dynamicFirst, String seed,
      LongPredicate free) {
    long span = last - dynamicFirst + 1;
    long offset = Math.floorMod(fnv1a(seed), span);
    for (long i = 0; i < span; i++) {
      long candidate = dynamicFirst + (offset + i) % span;
      if (free.test(candidate)) {
        return candidate;
      }
    }
    for (long candidate = first; candidate < dynamicFirst; candidate++) {
      if (free.test(candidate)) {
        return candidate;
      }
    }
    throw new AllocationFailure("range is full");
  }

  private static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** An allocation that cannot be made; the message is upstream's reason. */
  static final class AllocationFailure extends RuntimeException {
    AllocationFailure(String reason) {
      super(reason, null, false, false);
    }
  }
}
