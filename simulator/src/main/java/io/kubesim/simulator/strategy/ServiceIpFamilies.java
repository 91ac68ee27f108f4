package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupKind;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.selector.GoStringSlice;
import java.util.ArrayList;
import java.util.List;

/**
 * The IP family fields of a service on the simulated single-stack IPv4 cluster, as upstream's
 * allocator initializes them: {@code ipFamilyPolicy} SingleStack (kept from the stored version on
 * update; RequireDualStack for a headless service without selector), {@code ipFamilies} inferred
 * from requested cluster IPs or IPv4. Requests the cluster cannot serve are rejected with
 * upstream's field errors.
 */
final class ServiceIpFamilies {

  static final String IPV4 = "IPv4";
  static final String IPV6 = "IPv6";
  private static final String POLICY = "ipFamilyPolicy";
  private static final String SINGLE_STACK = "SingleStack";
  private static final String REQUIRE_DUAL_STACK = "RequireDualStack";
  private static final GroupKind SERVICE = new GroupKind("", "Service");

  private ServiceIpFamilies() {}

  /** Initializes {@code spec} of service {@code name}; {@code oldSpec} is null on create. */
  static void initialize(ObjectNode spec, JsonNode oldSpec, String name) {
    if (!ServiceTypes.needsClusterIp(spec)) {
      return;
    }
    boolean selectorlessHeadless = ServiceTypes.headless(spec)
        && spec.path("selector").isEmpty();
    if (spec.path(POLICY).isMissingNode() || spec.path(POLICY).isNull()) {
      if (oldSpec != null && oldSpec.path(POLICY).isTextual()) {
        spec.set(POLICY, oldSpec.get(POLICY));
      } else {
        spec.put(POLICY, selectorlessHeadless ? REQUIRE_DUAL_STACK : SINGLE_STACK);
      }
    }
    String policy = spec.path(POLICY).asText();
    List<String> clusterIps = texts(spec.path("clusterIPs"));
    List<String> families = texts(spec.path("ipFamilies"));
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < clusterIps.size(); i++) {
      String ip = clusterIps.get(i);
      if (!ip.equals("None") && Ipv4Range.parseAddress(ip).isEmpty()
          && !Ipv4Range.looksLikeIpv6(ip)) {
        errors.add(FieldError.invalid("spec.clusterIPs[" + i + "]", ip,
            "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
      } else if (!ip.equals("None") && i < families.size()) {
        String family = Ipv4Range.parseAddress(ip).isPresent() ? IPV4 : IPV6;
        if (!family.equals(families.get(i)) && (families.get(i).equals(IPV4)
            || families.get(i).equals(IPV6))) {
          errors.add(FieldError.invalid("spec.clusterIPs[" + i + "]",
              new GoStringSlice(clusterIps), "expected an " + families.get(i)
                  + " value as indicated by `ipFamilies[" + i + "]`"));
        }
      }
    }
    reject(errors, name);
    if (policy.equals(SINGLE_STACK)) {
      if (clusterIps.size() == 2) {
        errors.add(FieldError.invalid("spec." + POLICY, policy, "must be 'RequireDualStack' or "
            + "'PreferDualStack' when multiple cluster IPs are specified"));
      }
      if (families.size() == 2) {
        errors.add(FieldError.invalid("spec." + POLICY, policy, "must be 'RequireDualStack' or "
            + "'PreferDualStack' when multiple IP families are specified"));
      }
    }
    for (int i = 0; i < clusterIps.size() && !clusterIps.get(i).equals("None"); i++) {
      boolean v4 = Ipv4Range.parseAddress(clusterIps.get(i)).isPresent();
      if (i >= families.size()) {
        if (v4) {
          families.add(IPV4);
        } else {
          errors.add(FieldError.invalid("spec.clusterIPs[" + i + "]",
              new GoStringSlice(clusterIps), IPV6 + " is not configured on this cluster"));
        }
      }
    }
    reject(errors, name);
    if (selectorlessHeadless) {
      // The one exception: a selectorless headless service may list both families anywhere.
      if (families.isEmpty()) {
        families.add(IPV4);
      }
      if (families.size() < 2 && !policy.equals(SINGLE_STACK)) {
        families.add(families.get(0).equals(IPV4) ? IPV6 : IPV4);
      }
      write(spec, families);
      return;
    }
    if (policy.equals(REQUIRE_DUAL_STACK)) {
      errors.add(FieldError.invalid("spec." + POLICY, policy,
          "this cluster is not configured for dual-stack services"));
    }
    for (int i = 0; i < families.size(); i++) {
      if (!families.get(i).equals(IPV4)) {
        errors.add(FieldError.invalid("spec.ipFamilies[" + i + "]", families.get(i),
            "not configured on this cluster"));
      }
    }
    reject(errors, name);
    if (families.isEmpty()) {
      families.add(IPV4);
    }
    write(spec, families);
  }

  private static void reject(List<FieldError> errors, String name) {
    if (!errors.isEmpty()) {
      throw StatusErrors.invalid(SERVICE, name, errors);
    }
  }

  private static void write(ObjectNode spec, List<String> families) {
    ArrayNode list = spec.putArray("ipFamilies");
    families.forEach(list::add);
  }

  static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(item -> texts.add(item.asText("")));
    return texts;
  }
}
