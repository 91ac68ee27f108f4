package io.kubesim.simulator.defaults;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Defaulting of Services and endpoints (addresses are allocated, not defaulted). */
class ServiceDefaultsTest {

  private static DefaultingCase service(String name, String spec, String expectedSpec) {
    return DefaultingCase.of(name, "v1", "Service", "{'spec':" + spec + "}",
        "{'spec':" + expectedSpec + "}");
  }

  static Stream<DefaultingCase> cases() {
    return Stream.of(
        service("a service is ClusterIP, TCP, without affinity, targeting its own port",
            "{'selector':{'app':'web'},'ports':[{'port':80}]}",
            "{'selector':{'app':'web'},'ports':[{'port':80,'protocol':'TCP','targetPort':80}],"
                + "'sessionAffinity':'None','type':'ClusterIP','internalTrafficPolicy':"
                + "'Cluster'}"),
        service("a named or numbered target port is kept; 0 and '' mean the port",
            "{'ports':[{'port':80,'targetPort':'http'},{'port':81,'targetPort':8081},"
                + "{'port':82,'targetPort':0},{'port':83,'targetPort':''}]}",
            "{'ports':[{'port':80,'targetPort':'http','protocol':'TCP'},"
                + "{'port':81,'targetPort':8081,'protocol':'TCP'},"
                + "{'port':82,'targetPort':82,'protocol':'TCP'},"
                + "{'port':83,'targetPort':83,'protocol':'TCP'}],'sessionAffinity':'None',"
                + "'type':'ClusterIP','internalTrafficPolicy':'Cluster'}"),
        service("a node port service routes external traffic over the cluster",
            "{'type':'NodePort','ports':[{'port':80,'protocol':'UDP'}]}",
            "{'type':'NodePort','ports':[{'port':80,'protocol':'UDP','targetPort':80}],"
                + "'sessionAffinity':'None','externalTrafficPolicy':'Cluster',"
                + "'internalTrafficPolicy':'Cluster'}"),
        DefaultingCase.of("a load balancer allocates node ports; its VIP ingress is VIP mode",
            "v1", "Service", "{'spec':{'type':'LoadBalancer','externalTrafficPolicy':'Local'},"
                + "'status':{'loadBalancer':{'ingress':[{'ip':'1.2.3.4'},"
                + "{'hostname':'lb.example'}]}}}",
            "{'spec':{'type':'LoadBalancer','externalTrafficPolicy':'Local',"
                + "'sessionAffinity':'None','internalTrafficPolicy':'Cluster',"
                + "'allocateLoadBalancerNodePorts':true},'status':{'loadBalancer':{'ingress':"
                + "[{'ip':'1.2.3.4','ipMode':'VIP'},{'hostname':'lb.example'}]}}}"),
        service("an ExternalName service gets no traffic policies",
            "{'type':'ExternalName','externalName':'db.example.com'}",
            "{'type':'ExternalName','externalName':'db.example.com','sessionAffinity':'None'}"),
        service("client-IP affinity lasts three hours",
            "{'sessionAffinity':'ClientIP'}",
            "{'sessionAffinity':'ClientIP','sessionAffinityConfig':{'clientIP':"
                + "{'timeoutSeconds':10800}},'type':'ClusterIP',"
                + "'internalTrafficPolicy':'Cluster'}"),
        service("affinity settings without affinity are dropped",
            "{'sessionAffinityConfig':{'clientIP':{'timeoutSeconds':60}}}",
            "{'sessionAffinity':'None','type':'ClusterIP','internalTrafficPolicy':'Cluster'}"),
        service("a ClusterIP service with external IPs is externally accessible",
            "{'externalIPs':['203.0.113.7']}",
            "{'externalIPs':['203.0.113.7'],'sessionAffinity':'None','type':'ClusterIP',"
                + "'externalTrafficPolicy':'Cluster','internalTrafficPolicy':'Cluster'}"),
        DefaultingCase.of("endpoints ports are TCP", "v1", "Endpoints",
            "{'subsets':[{'addresses':[{'ip':'10.0.0.1'}],'ports':[{'port':80},"
                + "{'port':53,'protocol':'UDP'}]}]}",
            "{'subsets':[{'addresses':[{'ip':'10.0.0.1'}],'ports':[{'port':80,'protocol':"
                + "'TCP'},{'port':53,'protocol':'UDP'}]}]}"),
        DefaultingCase.of("endpoint slice ports have a name, empty, and are TCP",
            "discovery.k8s.io/v1", "EndpointSlice",
            "{'addressType':'IPv4','ports':[{'port':80}]}",
            "{'addressType':'IPv4','ports':[{'port':80,'name':'','protocol':'TCP'}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void defaultingFillsWhatTheClientLeftUnset(DefaultingCase row) {
    row.assertDefaults();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void defaultingTwiceIsDefaultingOnce(DefaultingCase row) {
    row.assertIdempotent();
  }
}
