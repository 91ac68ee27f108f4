package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.Fixtures.json;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Services and the rest of service networking print upstream's cells. */
class ServicePrintersTest {

  private static final String META = "'metadata':{'name':'web','creationTimestamp':'@T'}";

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("a cluster IP service shows its first cluster IP and ports", "services",
            "{" + META + ",'spec':{'type':'ClusterIP','clusterIP':'10.96.0.10',"
                + "'clusterIPs':['10.96.0.10'],'ports':[{'port':80,'protocol':'TCP'},"
                + "{'port':53,'protocol':'UDP'}],'selector':{'app':'web'}}}",
            "['web','ClusterIP','10.96.0.10','<none>','80/TCP,53/UDP','5m','app=web']"),
        arguments("a service without ports or IP prints none", "services",
            "{" + META + ",'spec':{'type':'ClusterIP'}}",
            "['web','ClusterIP','<none>','<none>','<none>','5m','<none>']"),
        arguments("a node port service shows port:nodePort", "services",
            "{" + META + ",'spec':{'type':'NodePort','clusterIP':'10.96.0.11',"
                + "'externalIPs':['1.2.3.4'],'ports':[{'port':80,'nodePort':30080,"
                + "'protocol':'TCP'}]}}",
            "['web','NodePort','10.96.0.11','1.2.3.4','80:30080/TCP','5m','<none>']"),
        arguments("a load balancer waiting for an address is pending", "services",
            "{" + META + ",'spec':{'type':'LoadBalancer','clusterIP':'None'}}",
            "['web','LoadBalancer','None','<pending>','<none>','5m','<none>']"),
        arguments("a load balancer lists sorted ingress addresses, unclipped", "services",
            "{" + META + ",'spec':{'type':'LoadBalancer','externalIPs':['9.9.9.9']},"
                + "'status':{'loadBalancer':{'ingress':[{'ip':'5.6.7.8'},"
                + "{'hostname':'a-very-long-load-balancer.example.com'}]}}}",
            "['web','LoadBalancer','<none>',"
                + "'5.6.7.8,a-very-long-load-balancer.example.com,9.9.9.9','<none>','5m',"
                + "'<none>']"),
        arguments("an external name service shows the name", "services",
            "{" + META + ",'spec':{'type':'ExternalName','externalName':'db.example.com'}}",
            "['web','ExternalName','<none>','db.example.com','<none>','5m','<none>']"),
        arguments("endpoints list three addresses and count the rest", "endpoints",
            "{" + META + ",'subsets':[{'addresses':[{'ip':'10.0.0.1'},{'ip':'10.0.0.2'},"
                + "{'ip':'10.0.0.3'},{'ip':'fd00::4'}],'ports':[{'port':8080}]}]}",
            "['web','10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 1 more...','5m']"),
        arguments("endpoints without subsets are none", "endpoints", "{" + META + "}",
            "['web','<none>','5m']"),
        arguments("an endpoint slice lists ports and addresses", "endpointslices.discovery.k8s.io",
            "{" + META + ",'addressType':'IPv4','ports':[{'port':80},{'name':'http'}],"
                + "'endpoints':[{'addresses':['10.0.0.1']},{'addresses':['10.0.0.2']}]}",
            "['web','IPv4','80,http','10.0.0.1,10.0.0.2','5m']"),
        arguments("an empty endpoint slice is unset", "endpointslices.discovery.k8s.io",
            "{" + META + ",'addressType':'IPv4'}", "['web','IPv4','<unset>','<unset>','5m']"),
        arguments("an ingress shows class, hosts and TLS ports", "ingresses.networking.k8s.io",
            "{" + META + ",'spec':{'ingressClassName':'nginx','tls':[{'hosts':['a']}],"
                + "'rules':[{'host':'a.example.com'},{'host':'b.example.com'},{},"
                + "{'host':'c.example.com'},{'host':'d.example.com'}]},"
                + "'status':{'loadBalancer':{'ingress':[{'ip':'1.1.1.1'}]}}}",
            "['web','nginx','a.example.com,b.example.com,c.example.com + 2 more...',"
                + "'1.1.1.1','80, 443','5m']"),
        arguments("an ingress without hosts matches everything", "ingresses.networking.k8s.io",
            "{" + META + ",'spec':{'rules':[{}]}}", "['web','<none>','*','','80','5m']"),
        arguments("an ingress class names its parameters", "ingressclasses.networking.k8s.io",
            "{" + META + ",'spec':{'controller':'k8s.io/ingress-nginx','parameters':{"
                + "'apiGroup':'k8s.example.com','kind':'Params','name':'p'}}}",
            "['web','k8s.io/ingress-nginx','Params.k8s.example.com/p','5m']"),
        arguments("a network policy for every pod has no selector",
            "networkpolicies.networking.k8s.io", "{" + META + ",'spec':{'podSelector':{}}}",
            "['web','<none>','5m']"),
        arguments("a network policy prints its pod selector", "networkpolicies.networking.k8s.io",
            "{" + META + ",'spec':{'podSelector':{'matchExpressions':[{'key':'app',"
                + "'operator':'NotIn','values':['db']}]}}}",
            "['web','app notin (db)','5m']"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void printsUpstreamCells(String behaviour, String resource, String object, String cells) {
    RowAssertions.assertCells(resource, object, json(cells));
  }
}
