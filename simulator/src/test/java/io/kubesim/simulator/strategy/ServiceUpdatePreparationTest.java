package io.kubesim.simulator.strategy;

import static io.kubesim.simulator.strategy.StrategyJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a service update keeps from the stored service, and what a type change drops. */
class ServiceUpdatePreparationTest {

  private static final String NODE_PORT_SPEC = "{'type':'NodePort','clusterIP':'10.96.3.3',"
      + "'clusterIPs':['10.96.3.3'],'ipFamilies':['IPv4'],'ipFamilyPolicy':'SingleStack',"
      + "'externalTrafficPolicy':'Cluster','ports':[{'name':'http','port':80,"
      + "'nodePort':30100},{'name':'https','port':443,'nodePort':30101}]}";

  static Stream<Arguments> updates() {
    return Stream.of(
        arguments("left-out cluster IPs and node ports are carried over by port name",
            NODE_PORT_SPEC,
            "{'type':'NodePort','ports':[{'name':'https','port':8443},{'name':'http',"
                + "'port':80}]}",
            "{'type':'NodePort','ports':[{'name':'https','port':8443,'nodePort':30101},"
                + "{'name':'http','port':80,'nodePort':30100}],'clusterIP':'10.96.3.3',"
                + "'clusterIPs':['10.96.3.3']}"),
        arguments("a node port given to another port is not carried over twice",
            NODE_PORT_SPEC,
            "{'type':'NodePort','ports':[{'name':'http','port':80,'nodePort':30101},"
                + "{'name':'https','port':443}]}",
            "{'type':'NodePort','ports':[{'name':'http','port':80,'nodePort':30101},"
                + "{'name':'https','port':443}],'clusterIP':'10.96.3.3',"
                + "'clusterIPs':['10.96.3.3']}"),
        arguments("an old client changing clusterIP changes the list with it",
            "{'clusterIP':'10.96.3.3','clusterIPs':['10.96.3.3']}",
            "{'clusterIP':'10.96.4.4','clusterIPs':['10.96.3.3']}",
            "{'clusterIP':'10.96.4.4','clusterIPs':['10.96.4.4']}"),
        arguments("becoming ClusterIP drops unchanged node ports and traffic policy",
            NODE_PORT_SPEC,
            "{'type':'ClusterIP','clusterIP':'10.96.3.3','clusterIPs':['10.96.3.3'],"
                + "'ipFamilies':['IPv4'],'ipFamilyPolicy':'SingleStack',"
                + "'externalTrafficPolicy':'Cluster','ports':[{'name':'http','port':80,"
                + "'nodePort':30100},{'name':'https','port':443,'nodePort':30101}]}",
            "{'type':'ClusterIP','clusterIP':'10.96.3.3','clusterIPs':['10.96.3.3'],"
                + "'ipFamilies':['IPv4'],'ipFamilyPolicy':'SingleStack',"
                + "'ports':[{'name':'http','port':80},{'name':'https','port':443}]}"),
        arguments("becoming ExternalName drops the unchanged address fields",
            "{'type':'ClusterIP','clusterIP':'10.96.3.3','clusterIPs':['10.96.3.3'],"
                + "'ipFamilies':['IPv4'],'ipFamilyPolicy':'SingleStack'}",
            "{'type':'ExternalName','externalName':'x.example','clusterIP':'10.96.3.3',"
                + "'clusterIPs':['10.96.3.3'],'ipFamilies':['IPv4'],"
                + "'ipFamilyPolicy':'SingleStack'}",
            "{'type':'ExternalName','externalName':'x.example'}"),
        arguments("a load balancer keeps its health-check port",
            "{'type':'LoadBalancer','externalTrafficPolicy':'Local',"
                + "'healthCheckNodePort':31000}",
            "{'type':'LoadBalancer','externalTrafficPolicy':'Local'}",
            "{'type':'LoadBalancer','externalTrafficPolicy':'Local',"
                + "'healthCheckNodePort':31000}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updates")
  void anUpdateIsPreparedFromTheStoredService(String behaviour, String oldSpec, String newSpec,
      String expected) {
    ObjectNode spec = json(newSpec);

    ServiceUpdatePreparation.apply(spec, json(oldSpec));

    assertThat(spec).isEqualTo(json(expected));
  }
}
