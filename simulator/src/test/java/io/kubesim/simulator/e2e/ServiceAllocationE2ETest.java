package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cluster IPs and node ports through HTTP: unique, in range, kept across updates, checked when
 * requested, and derived from the stored services so they survive a restart.
 */
class ServiceAllocationE2ETest {

  private static final String NAMESPACE = "net";

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = Clients.fabric8(sim);
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE)
        .endMetadata().build()).create();
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  private static ServiceBuilder service(String name, String type) {
    return new ServiceBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
        .withType(type).addToSelector("app", name).addNewPort().withName("http").withPort(80)
        .endPort().addNewPort().withName("metrics").withPort(9090).endPort().endSpec();
  }

  private static Service create(Service service) {
    return client.services().inNamespace(NAMESPACE).resource(service).create();
  }

  private static long ipv4(String ip) {
    long value = 0;
    for (String part : ip.split("\\.")) {
      value = (value << 8) | Integer.parseInt(part);
    }
    return value;
  }

  @Test
  void fiftyServicesGetUniqueClusterIpsAndNodePortsInTheirRanges() {
    Set<String> ips = new HashSet<>();
    Set<Integer> nodePorts = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      Service created = create(service("svc-" + i, i % 2 == 0 ? "ClusterIP" : "NodePort")
          .build());
      String ip = created.getSpec().getClusterIP();
      assertThat(ipv4(ip)).isBetween(ipv4("10.96.0.1"), ipv4("10.111.255.254"));
      assertThat(created.getSpec().getClusterIPs()).containsExactly(ip);
      assertThat(created.getSpec().getIpFamilies()).containsExactly("IPv4");
      assertThat(created.getSpec().getIpFamilyPolicy()).isEqualTo("SingleStack");
      assertThat(ips.add(ip)).as("unique %s", ip).isTrue();
      created.getSpec().getPorts().forEach(port -> {
        if (created.getSpec().getType().equals("NodePort")) {
          assertThat(port.getNodePort()).isBetween(30000, 32767);
          assertThat(nodePorts.add(port.getNodePort())).isTrue();
        } else {
          assertThat(port.getNodePort()).isNull();
        }
      });
    }
    assertThat(ips).doesNotContain("10.96.0.1").hasSize(50);
    assertThat(nodePorts).hasSize(50);
  }

  @Test
  void addressesAreKeptWhenAnUpdateLeavesThemOut() throws Exception {
    Service created = create(service("stable", "NodePort").build());
    String ip = created.getSpec().getClusterIP();
    List<Integer> ports = created.getSpec().getPorts().stream().map(p -> p.getNodePort())
        .toList();

    // a PUT built from scratch, as a client that never read the service sends it
    String body = ObjectMappers.json().writeValueAsString(service("stable", "NodePort")
        .editMetadata().addToLabels("tier", "front").endMetadata().build());
    Clients.Answer answer = Clients.send(client, "PUT",
        "/api/v1/namespaces/" + NAMESPACE + "/services/stable", body);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.body().at("/spec/clusterIP").asText()).isEqualTo(ip);
    assertThat(answer.body().at("/spec/clusterIPs/0").asText()).isEqualTo(ip);
    assertThat(answer.body().at("/spec/ports/0/nodePort").asInt()).isEqualTo(ports.get(0));
    assertThat(answer.body().at("/spec/ports/1/nodePort").asInt()).isEqualTo(ports.get(1));
    assertThat(answer.body().at("/metadata/labels/tier").asText()).isEqualTo("front");
  }

  @Test
  void changingTheTypeAllocatesOrDropsNodePortsAndKeepsTheClusterIp() {
    String ip = create(service("retyped", "ClusterIP").build()).getSpec().getClusterIP();

    Service nodePort = client.services().inNamespace(NAMESPACE).withName("retyped")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"type\":\"NodePort\"}}");
    assertThat(nodePort.getSpec().getClusterIP()).isEqualTo(ip);
    assertThat(nodePort.getSpec().getPorts()).allSatisfy(
        port -> assertThat(port.getNodePort()).isBetween(30000, 32767));
    assertThat(nodePort.getSpec().getExternalTrafficPolicy()).isEqualTo("Cluster");

    Service back = client.services().inNamespace(NAMESPACE).withName("retyped")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"type\":\"ClusterIP\"}}");
    assertThat(back.getSpec().getClusterIP()).isEqualTo(ip);
    assertThat(back.getSpec().getPorts()).allSatisfy(
        port -> assertThat(port.getNodePort()).isNull());
    assertThat(back.getSpec().getExternalTrafficPolicy()).isNull();
  }

  static Stream<Arguments> addressKinds() {
    return Stream.of(
        arguments("a headless service has no IP but families",
            "{'clusterIP':'None','selector':{'app':'db'},'ports':[{'port':5432}]}",
            "None", "['None']", "['IPv4']", "SingleStack"),
        arguments("a headless service without selector requires dual stack",
            "{'clusterIP':'None','ports':[{'port':5432}]}",
            "None", "['None']", "['IPv4','IPv6']", "RequireDualStack"),
        arguments("an ExternalName service has no address at all",
            "{'type':'ExternalName','externalName':'db.example.com'}",
            null, null, null, null),
        arguments("a requested IP is kept, and its list follows it",
            "{'clusterIP':'10.96.0.10','ports':[{'port':53,'protocol':'UDP'}]}",
            "10.96.0.10", "['10.96.0.10']", "['IPv4']", "SingleStack"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addressKinds")
  void eachKindOfServiceGetsItsAddresses(String behaviour, String spec, String clusterIp,
      String clusterIps, String families, String policy) throws Exception {
    String name = "kind-" + Math.abs(behaviour.hashCode());

    Clients.Answer answer = Clients.send(client, "POST",
        "/api/v1/namespaces/" + NAMESPACE + "/services",
        ("{'apiVersion':'v1','kind':'Service','metadata':{'name':'" + name + "'},'spec':"
            + spec + "}").replace('\'', '"'));

    assertThat(answer.code()).isEqualTo(201);
    JsonNode created = answer.body().path("spec");
    assertThat(created.path("clusterIP").textValue()).isEqualTo(clusterIp);
    assertThat(created.path("clusterIPs").isMissingNode() ? null
        : created.path("clusterIPs").toString().replace('"', '\'')).isEqualTo(clusterIps);
    assertThat(created.path("ipFamilies").isMissingNode() ? null
        : created.path("ipFamilies").toString().replace('"', '\'')).isEqualTo(families);
    assertThat(created.path("ipFamilyPolicy").textValue()).isEqualTo(policy);
  }

  static Stream<Arguments> refusedRequests() {
    return Stream.of(
        arguments("a cluster IP that is taken", "taken-ip",
            "{'clusterIP':'10.96.0.1','ports':[{'port':80}]}",
            "Service \"taken-ip\" is invalid: spec.clusterIPs: Invalid value: "
                + "[]string{\"10.96.0.1\"}: failed to allocate IP 10.96.0.1: provided IP is "
                + "already allocated"),
        arguments("a cluster IP outside the service range", "far-ip",
            "{'clusterIP':'192.168.0.1','ports':[{'port':80}]}",
            "Service \"far-ip\" is invalid: spec.clusterIPs: Invalid value: "
                + "[]string{\"192.168.0.1\"}: failed to allocate IP 192.168.0.1: the provided "
                + "IP (192.168.0.1) is not in the valid range. The range of valid IPs is "
                + "10.96.0.0/12"),
        arguments("a node port outside the node port range", "low-port",
            "{'type':'NodePort','ports':[{'port':80,'nodePort':8080}]}",
            "Service \"low-port\" is invalid: spec.ports[0].nodePort: Invalid value: 8080: "
                + "provided port is not in the valid range. The range of valid ports is "
                + "30000-32767"),
        arguments("an IPv6 cluster IP on an IPv4 cluster", "v6",
            "{'clusterIP':'fd00::10','ports':[{'port':80}]}",
            "Service \"v6\" is invalid: spec.clusterIPs[0]: Invalid value: "
                + "[]string{\"fd00::10\"}: IPv6 is not configured on this cluster"),
        arguments("dual stack on a single-stack cluster", "dual",
            "{'ipFamilyPolicy':'RequireDualStack','ports':[{'port':80}]}",
            "Service \"dual\" is invalid: spec.ipFamilyPolicy: Invalid value: "
                + "\"RequireDualStack\": this cluster is not configured for dual-stack "
                + "services"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusedRequests")
  void requestedAddressesTheClusterCannotGiveAreRefused(String behaviour, String name,
      String spec, String message) throws Exception {
    Clients.Answer answer = Clients.send(client, "POST",
        "/api/v1/namespaces/" + NAMESPACE + "/services",
        ("{'apiVersion':'v1','kind':'Service','metadata':{'name':'" + name + "'},'spec':"
            + spec + "}").replace('\'', '"'));

    assertThat(answer.code()).isEqualTo(422);
    assertThat(answer.body().path("reason").asText()).isEqualTo("Invalid");
    assertThat(answer.body().path("message").asText()).isEqualTo(message);
  }

  @Test
  void aNodePortTakenByAnotherServiceIsRefused() throws Exception {
    create(service("first", "NodePort").editSpec().editFirstPort().withNodePort(30080)
        .endPort().endSpec().build());

    Clients.Answer answer = Clients.send(client, "POST",
        "/api/v1/namespaces/" + NAMESPACE + "/services", ObjectMappers.json()
            .writeValueAsString(service("second", "NodePort").editSpec().editFirstPort()
                .withNodePort(30080).endPort().endSpec().build()));

    assertThat(answer.code()).isEqualTo(422);
    assertThat(answer.body().path("message").asText()).isEqualTo("Service \"second\" is "
        + "invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already "
        + "allocated");
  }

  @Test
  void allocationsSurviveARestartAndAreFreedByAReset(@TempDir Path data) throws Exception {
    String body = "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"%s\"},"
        + "\"spec\":{\"clusterIP\":\"10.96.7.7\",\"ports\":[{\"port\":80}]}}";
    SimulatorOptions options = SimulatorOptions.builder().dataDir(data).build();
    try (KubeSimulator first = KubeSimulator.start(options);
        KubernetesClient c = Clients.fabric8(first)) {
      assertThat(Clients.send(c, "POST", "/api/v1/namespaces/default/services",
          body.formatted("owner")).code()).isEqualTo(201);
    }
    try (KubeSimulator second = KubeSimulator.start(options);
        KubernetesClient c = Clients.fabric8(second)) {
      assertThat(Clients.send(c, "POST", "/api/v1/namespaces/default/services",
          body.formatted("thief")).code()).isEqualTo(422);

      second.reset();

      assertThat(Clients.send(c, "POST", "/api/v1/namespaces/default/services",
          body.formatted("heir")).code()).isEqualTo(201);
    }
  }

  @Test
  void seededSimulatorsAllocateTheSameAddresses() {
    List<String> runs = IntStream.range(0, 2).mapToObj(run -> {
      try (KubeSimulator seeded = KubeSimulator.start(SimulatorOptions.builder()
          .ids(IdSource.seeded(7)).build());
          KubernetesClient c = Clients.fabric8(seeded)) {
        Service created = c.services().inNamespace("default")
            .resource(service("seeded", "NodePort").build()).create();
        return created.getSpec().getClusterIP() + " " + created.getSpec().getPorts().get(0)
            .getNodePort();
      }
    }).toList();

    assertThat(runs.get(0)).isEqualTo(runs.get(1));
  }
}
