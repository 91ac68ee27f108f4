package io.kubesim.simulator.defaults;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Defaulting of the remaining kinds: core objects without pod specs, networking, autoscaling,
 * RBAC, priorities and the API server's extension points; and kinds without defaults.
 */
class ClusterObjectDefaultsTest {

  private static final String SCALE_UP = "{'stabilizationWindowSeconds':0,'selectPolicy':"
      + "'Max','policies':[{'type':'Pods','value':4,'periodSeconds':15},{'type':'Percent',"
      + "'value':100,'periodSeconds':15}]}";
  private static final String WEBHOOK_DEFAULTS = "'failurePolicy':'Fail','matchPolicy':"
      + "'Equivalent','namespaceSelector':{},'objectSelector':{},'timeoutSeconds':10";

  static Stream<DefaultingCase> cases() {
    return Stream.of(
        DefaultingCase.of("a secret is Opaque", "v1", "Secret", "{'data':{}}",
            "{'data':{},'type':'Opaque'}"),
        DefaultingCase.of("a namespace is labelled with its name and Active", "v1", "Namespace",
            "{'metadata':{'name':'shop','labels':{'kubernetes.io/metadata.name':'other'}}}",
            "{'metadata':{'name':'shop','labels':{'kubernetes.io/metadata.name':'shop'}},"
                + "'status':{'phase':'Active'}}"),
        DefaultingCase.of("a node without allocatable can allocate its capacity", "v1", "Node",
            "{'status':{'capacity':{'cpu':'4','pods':'110'}}}",
            "{'status':{'capacity':{'cpu':'4','pods':'110'},'allocatable':{'cpu':'4',"
                + "'pods':'110'}}}"),
        DefaultingCase.of("limit range container defaults fall back on max, then min",
            "v1", "LimitRange", "{'spec':{'limits':[{'type':'Container','max':{'cpu':'2'},"
                + "'min':{'memory':'64Mi'}},{'type':'Pod','max':{'cpu':'4'}}]}}",
            "{'spec':{'limits':[{'type':'Container','max':{'cpu':'2'},'min':{'memory':'64Mi'},"
                + "'default':{'cpu':'2'},'defaultRequest':{'cpu':'2','memory':'64Mi'}},"
                + "{'type':'Pod','max':{'cpu':'4'}}]}}"),
        DefaultingCase.of("a network policy isolates ingress, ports are TCP",
            "networking.k8s.io/v1", "NetworkPolicy",
            "{'spec':{'podSelector':{},'ingress':[{'ports':[{'port':80}]}]}}",
            "{'spec':{'podSelector':{},'ingress':[{'ports':[{'port':80,'protocol':'TCP'}]}],"
                + "'policyTypes':['Ingress']}}"),
        DefaultingCase.of("a network policy with egress rules isolates egress too",
            "networking.k8s.io/v1", "NetworkPolicy",
            "{'spec':{'podSelector':{},'egress':[{'ports':[{'port':53,'protocol':'UDP'}]}]}}",
            "{'spec':{'podSelector':{},'egress':[{'ports':[{'port':53,'protocol':'UDP'}]}],"
                + "'policyTypes':['Ingress','Egress']}}"),
        DefaultingCase.of("ingress class parameters are cluster-scoped",
            "networking.k8s.io/v1", "IngressClass",
            "{'spec':{'controller':'x','parameters':{'kind':'K','name':'n'}}}",
            "{'spec':{'controller':'x','parameters':{'kind':'K','name':'n',"
                + "'scope':'Cluster'}}}"),
        DefaultingCase.of("an autoscaling/v1 autoscaler keeps one replica",
            "autoscaling/v1", "HorizontalPodAutoscaler", "{'spec':{'maxReplicas':5}}",
            "{'spec':{'maxReplicas':5,'minReplicas':1}}"),
        DefaultingCase.of("an autoscaling/v2 autoscaler without metrics targets 80% CPU",
            "autoscaling/v2", "HorizontalPodAutoscaler", "{'spec':{'maxReplicas':5}}",
            "{'spec':{'maxReplicas':5,'minReplicas':1,'metrics':[{'type':'Resource',"
                + "'resource':{'name':'cpu','target':{'type':'Utilization',"
                + "'averageUtilization':80}}}]}}"),
        DefaultingCase.of("a behavior gets the rest of both scaling rules",
            "autoscaling/v2", "HorizontalPodAutoscaler", "{'spec':{'minReplicas':2,'metrics':"
                + "[{'type':'Pods'}],'behavior':{'scaleDown':{'stabilizationWindowSeconds':60,"
                + "'selectPolicy':'Min'}}}}",
            "{'spec':{'minReplicas':2,'metrics':[{'type':'Pods'}],'behavior':{'scaleUp':"
                + SCALE_UP + ",'scaleDown':{'stabilizationWindowSeconds':60,'selectPolicy':"
                + "'Min','policies':[{'type':'Percent','value':100,'periodSeconds':15}]}}}}"),
        DefaultingCase.of("binding role references and user subjects are RBAC's",
            "rbac.authorization.k8s.io/v1", "RoleBinding",
            "{'roleRef':{'kind':'Role','name':'r'},'subjects':[{'kind':'User','name':'u'},"
                + "{'kind':'Group','name':'g'},{'kind':'ServiceAccount','name':'s'}]}",
            "{'roleRef':{'kind':'Role','name':'r','apiGroup':'rbac.authorization.k8s.io'},"
                + "'subjects':[{'kind':'User','name':'u','apiGroup':'rbac.authorization.k8s.io'},"
                + "{'kind':'Group','name':'g','apiGroup':'rbac.authorization.k8s.io'},"
                + "{'kind':'ServiceAccount','name':'s'}]}"),
        DefaultingCase.of("cluster role bindings are defaulted alike",
            "rbac.authorization.k8s.io/v1", "ClusterRoleBinding",
            "{'roleRef':{'kind':'ClusterRole','name':'view'}}",
            "{'roleRef':{'kind':'ClusterRole','name':'view',"
                + "'apiGroup':'rbac.authorization.k8s.io'}}"),
        DefaultingCase.of("a priority class preempts lower priorities",
            "scheduling.k8s.io/v1", "PriorityClass", "{'value':1000}",
            "{'value':1000,'preemptionPolicy':'PreemptLowerPriority'}"),
        DefaultingCase.of("a flow schema matches at precedence 1000",
            "flowcontrol.apiserver.k8s.io/v1", "FlowSchema", "{'spec':{}}",
            "{'spec':{'matchingPrecedence':1000}}"),
        DefaultingCase.of("a limited priority level queues with upstream's parameters",
            "flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration",
            "{'spec':{'type':'Limited','limited':{'limitResponse':{'type':'Queue',"
                + "'queuing':{'queues':16}}}}}",
            "{'spec':{'type':'Limited','limited':{'limitResponse':{'type':'Queue','queuing':"
                + "{'queues':16,'handSize':8,'queueLengthLimit':50}},"
                + "'nominalConcurrencyShares':30,'lendablePercent':0}}}"),
        DefaultingCase.of("webhooks fail closed after ten seconds and match everything",
            "admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration",
            "{'webhooks':[{'name':'a.example','clientConfig':{'service':{'namespace':'n',"
                + "'name':'s'}},'rules':[{'operations':['CREATE'],'apiGroups':[''],"
                + "'apiVersions':['v1'],'resources':['pods']}]}]}",
            "{'webhooks':[{'name':'a.example','clientConfig':{'service':{'namespace':'n',"
                + "'name':'s','port':443}},'rules':[{'operations':['CREATE'],'apiGroups':[''],"
                + "'apiVersions':['v1'],'resources':['pods'],'scope':'*'}],"
                + WEBHOOK_DEFAULTS + "}]}"),
        DefaultingCase.of("mutating webhooks are not reinvoked",
            "admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration",
            "{'webhooks':[{'name':'m.example','failurePolicy':'Ignore'}]}",
            "{'webhooks':[{'name':'m.example'," + WEBHOOK_DEFAULTS.replace("'Fail'", "'Ignore'")
                + ",'reinvocationPolicy':'Never'}]}"),
        DefaultingCase.of("an admission policy fails closed and matches equivalent versions",
            "admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy",
            "{'spec':{'matchConstraints':{'resourceRules':[{'operations':['CREATE'],"
                + "'apiGroups':['apps'],'apiVersions':['v1'],'resources':['deployments']}]}}}",
            "{'spec':{'failurePolicy':'Fail','matchConstraints':{'resourceRules':[{"
                + "'operations':['CREATE'],'apiGroups':['apps'],'apiVersions':['v1'],"
                + "'resources':['deployments'],'scope':'*'}],'matchPolicy':'Equivalent',"
                + "'namespaceSelector':{},'objectSelector':{}}}}"),
        DefaultingCase.of("an API service reached through a Service uses port 443",
            "apiregistration.k8s.io/v1", "APIService",
            "{'spec':{'service':{'namespace':'n','name':'s'}}}",
            "{'spec':{'service':{'namespace':'n','name':'s','port':443}}}"),
        DefaultingCase.of("a config map has no defaults", "v1", "ConfigMap",
            "{'metadata':{'name':'c'}}", "{'metadata':{'name':'c'}}"),
        DefaultingCase.of("a pod disruption budget has no defaults", "policy/v1",
            "PodDisruptionBudget", "{'spec':{'minAvailable':1}}", "{'spec':{'minAvailable':1}}"));
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
