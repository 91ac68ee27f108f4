package io.kubesim.simulator.strategy;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR range that hands out addresses: every address but the network and broadcast
 * addresses, as upstream's service IP allocator excludes them.
 *
 * @param network the network address as an unsigned 32-bit number
 * @param prefixLength the CIDR prefix length
 */
record Ipv4Range(long network, int prefixLength) {

  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  /** Parses {@code a.b.c.d/n}. */
  static Ipv4Range parse(String cidr) {
    int slash = cidr.indexOf('/');
    long address = parseAddress(cidr.substring(0, slash)).orElseThrow();
    int prefix = Integer.parseInt(cidr.substring(slash + 1));
    long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    return new Ipv4Range(address & mask, prefix);
  }

  /** The number of addresses in the range, including network and broadcast. */
  long size() {
    return 1L << (32 - prefixLength);
  }

  /** The first address handed out. */
  long first() {
    return network + 1;
  }

  /** The last address handed out. */
  long last() {
    return network + size() - 2;
  }

  /** True when {@code address} may be handed out. */
  boolean contains(long address) {
    return address >= first() && address <= last();
  }

  /**
   * A dotted-quad IPv4 address, read leniently as Go's {@code ParseIPSloppy} does (leading
   * zeros allowed); empty for anything else.
   */
  static OptionalLong parseAddress(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return OptionalLong.empty();
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return OptionalLong.empty();
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        return OptionalLong.empty();
      }
      value = (value << 8) | octet;
    }
    return OptionalLong.of(value);
  }

  /** True when {@code text} has the shape of an IPv6 address. */
  static boolean looksLikeIpv6(String text) {
    return IPV6.matcher(text).matches();
  }

  /** {@code a.b.c.d}. */
  static String format(long address) {
    return ((address >> 24) & 0xff) + "." + ((address >> 16) & 0xff) + "."
        + ((address >> 8) & 0xff) + "." + (address & 0xff);
  }

  @Override
  public String toString() {
    return format(network) + "/" + prefixLength;
  }
}
