package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.number;
import static io.kubesim.simulator.api.table.JsonFields.present;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rows of service networking: services, endpoints, endpoint slices, ingresses, ingress classes
 * and network policies. Address lists stop after three entries ({@code + N more...}) and load
 * balancer addresses are clipped to 16 characters, as upstream keeps its columns narrow.
 */
final class NetworkRows {

  private static final int LOAD_BALANCER_WIDTH = 16;
  private static final int MAX_LISTED = 3;

  private NetworkRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of(
        "services", NetworkRows::service,
        "endpoints", NetworkRows::endpoints,
        "endpointslices", NetworkRows::endpointSlice,
        "ingresses", NetworkRows::ingress,
        "ingressclasses", NetworkRows::ingressClass,
        "networkpolicies", NetworkRows::networkPolicy);
  }

  static Row service(JsonNode svc, PrintTime time) {
    JsonNode spec = svc.path("spec");
    List<JsonNode> clusterIps = items(spec, "clusterIPs");
    String clusterIp = !clusterIps.isEmpty() ? clusterIps.get(0).asText()
        : text(spec, "clusterIP");
    List<String> ports = new ArrayList<>();
    for (JsonNode p : items(spec, "ports")) {
      long nodePort = number(p, "nodePort");
      ports.add(number(p, "port") + (nodePort > 0 ? ":" + nodePort : "") + "/"
          + text(p, "protocol"));
    }
    return Row.of(name(svc), text(spec, "type"), PodRows.orNone(clusterIp),
        externalIp(svc), ports.isEmpty() ? "<none>" : String.join(",", ports), time.age(svc),
        SelectorText.labels(spec.path("selector")));
  }

  /** EXTERNAL-IP; the server prints wide, so load balancer addresses are not clipped. */
  private static String externalIp(JsonNode svc) {
    JsonNode spec = svc.path("spec");
    List<String> external = new ArrayList<>();
    items(spec, "externalIPs").forEach(ip -> external.add(ip.asText()));
    switch (text(spec, "type")) {
      case "ClusterIP", "NodePort" -> {
        return external.isEmpty() ? "<none>" : String.join(",", external);
      }
      case "LoadBalancer" -> {
        String lb = loadBalancer(at(svc, "status", "loadBalancer"), true);
        List<String> all = new ArrayList<>();
        if (!lb.isEmpty()) {
          all.addAll(List.of(lb.split(",")));
        }
        all.addAll(external);
        return all.isEmpty() ? "<pending>" : String.join(",", all);
      }
      case "ExternalName" -> {
        return text(spec, "externalName");
      }
      default -> {
        return "<unknown>";
      }
    }
  }

  /** Ingress IPs (else hostnames), sorted and de-duplicated; clipped unless {@code wide}. */
  static String loadBalancer(JsonNode status, boolean wide) {
    TreeSet<String> addresses = new TreeSet<>();
    for (JsonNode ingress : items(status, "ingress")) {
      String ip = text(ingress, "ip");
      String host = text(ingress, "hostname");
      if (!ip.isEmpty()) {
        addresses.add(ip);
      } else if (!host.isEmpty()) {
        addresses.add(host);
      }
    }
    String text = String.join(",", addresses);
    return !wide && text.length() > LOAD_BALANCER_WIDTH
        ? text.substring(0, LOAD_BALANCER_WIDTH - 3) + "..." : text;
  }

  static Row endpoints(JsonNode ep, PrintTime time) {
    List<String> listed = new ArrayList<>();
    long count = 0;
    List<JsonNode> subsets = items(ep, "subsets");
    for (JsonNode subset : subsets) {
      List<JsonNode> addresses = items(subset, "addresses");
      List<JsonNode> ports = items(subset, "ports");
      if (ports.isEmpty()) {
        count += addresses.size();
        addresses.forEach(a -> add(listed, text(a, "ip")));
        continue;
      }
      for (JsonNode port : ports) {
        count += addresses.size();
        for (JsonNode a : addresses) {
          String ip = text(a, "ip");
          add(listed, (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + number(port, "port"));
        }
      }
    }
    String text = subsets.isEmpty() ? "<none>" : String.join(",", listed);
    return Row.of(name(ep), count > MAX_LISTED
        ? text + " + " + (count - MAX_LISTED) + " more..." : text, time.age(ep));
  }

  static Row endpointSlice(JsonNode slice, PrintTime time) {
    List<String> ports = new ArrayList<>();
    List<JsonNode> portItems = items(slice, "ports");
    for (JsonNode p : portItems) {
      add(ports, present(p, "port") ? String.valueOf(number(p, "port"))
          : present(p, "name") ? text(p, "name") : "*");
    }
    List<String> addresses = new ArrayList<>();
    long count = 0;
    for (JsonNode endpoint : items(slice, "endpoints")) {
      for (JsonNode address : items(endpoint, "addresses")) {
        add(addresses, address.asText());
        count++;
      }
    }
    return Row.of(name(slice), text(slice, "addressType"), withMore(ports, portItems.size()),
        withMore(addresses, count), time.age(slice));
  }

  static Row ingress(JsonNode ing, PrintTime time) {
    JsonNode spec = ing.path("spec");
    List<JsonNode> rules = items(spec, "rules");
    List<String> hosts = new ArrayList<>();
    boolean more = false;
    for (JsonNode rule : rules) {
      // a rule seen once three hosts are listed makes "more", even one without a host
      more = more || hosts.size() == MAX_LISTED;
      if (!more && !text(rule, "host").isEmpty()) {
        hosts.add(text(rule, "host"));
      }
    }
    String hostText = hosts.isEmpty() ? "*" : String.join(",", hosts);
    if (!hosts.isEmpty() && more) {
      hostText += " + " + (rules.size() - MAX_LISTED) + " more...";
    }
    return Row.of(name(ing),
        present(spec, "ingressClassName") ? text(spec, "ingressClassName") : "<none>",
        hostText, loadBalancer(at(ing, "status", "loadBalancer"), true),
        items(spec, "tls").isEmpty() ? "80" : "80, 443", time.age(ing));
  }

  static Row ingressClass(JsonNode ic, PrintTime time) {
    JsonNode params = at(ic, "spec", "parameters");
    String parameters = "<none>";
    if (params.isObject()) {
      parameters = text(params, "kind")
          + (present(params, "apiGroup") ? "." + text(params, "apiGroup") : "")
          + "/" + text(params, "name");
    }
    return Row.of(name(ic), text(ic, "spec", "controller"), parameters, time.age(ic));
  }

  static Row networkPolicy(JsonNode np, PrintTime time) {
    return Row.of(name(np), SelectorText.format(at(np, "spec", "podSelector")), time.age(np));
  }

  private static void add(List<String> listed, String value) {
    if (listed.size() < MAX_LISTED) {
      listed.add(value);
    }
  }

  /** Upstream's {@code listWithMoreString}: {@code <unset>} when nothing is listed. */
  private static String withMore(List<String> listed, long count) {
    String text = String.join(",", listed);
    if (count > MAX_LISTED) {
      return text + " + " + (count - MAX_LISTED) + " more...";
    }
    return text.isEmpty() ? "<unset>" : text;
  }
}
