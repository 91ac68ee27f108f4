package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.Fixtures.json;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Configuration, cluster, access, storage, scaling and event kinds print upstream's cells; kinds
 * without a printer (roles, limit ranges, CRDs) print the default {@code NAME CREATED AT}.
 */
class ClusterPrintersTest {

  private static String meta(String name) {
    return "'metadata':{'name':'" + name + "','creationTimestamp':'@T'}";
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("a config map counts data and binary data keys", "configmaps",
            "{" + meta("cm") + ",'data':{'a':'1','b':'2'},'binaryData':{'c':'AA=='}}",
            "['cm',3,'5m']"),
        arguments("a secret shows its type and key count", "secrets",
            "{" + meta("s") + ",'type':'Opaque','data':{'a':'MQ=='}}", "['s','Opaque',1,'5m']"),
        arguments("a service account counts its secrets", "serviceaccounts",
            "{" + meta("default") + "}", "['default',0,'5m']"),
        arguments("a namespace shows its phase", "namespaces",
            "{" + meta("dev") + ",'status':{'phase':'Active'}}", "['dev','Active','5m']"),
        arguments("an object without a creation time has an unknown age", "namespaces",
            "{'metadata':{'name':'x'}}", "['x','','<unknown>']"),
        arguments("a resource quota splits requests from limits", "resourcequotas",
            "{" + meta("q") + ",'status':{'hard':{'pods':'10','cpu':'2','limits.memory':'2Gi'},"
                + "'used':{'cpu':'500m','pods':'3'}}}",
            "['q','cpu: 500m/2, pods: 3/10','limits.memory: 0/2Gi','5m']"),
        arguments("a ready control-plane node", "nodes",
            "{'metadata':{'name':'n1','creationTimestamp':'@T','labels':{"
                + "'node-role.kubernetes.io/control-plane':'','kubernetes.io/role':'infra'}},"
                + "'status':{'conditions':[{'type':'MemoryPressure','status':'False'},"
                + "{'type':'Ready','status':'True'}],'addresses':[{'type':'InternalIP',"
                + "'address':'172.18.0.2'}],'nodeInfo':{'kubeletVersion':'v1.33.1',"
                + "'osImage':'Debian GNU/Linux 12 (bookworm)','kernelVersion':'6.1.0',"
                + "'containerRuntimeVersion':'containerd://2.0.0'}}}",
            "['n1','Ready','control-plane,infra','5m','v1.33.1','172.18.0.2','<none>',"
                + "'Debian GNU/Linux 12 (bookworm)','6.1.0','containerd://2.0.0']"),
        arguments("a cordoned node without conditions", "nodes",
            "{" + meta("n2") + ",'spec':{'unschedulable':true}}",
            "['n2','Unknown,SchedulingDisabled','<none>','5m','','<none>','<none>','<unknown>',"
                + "'<unknown>','<unknown>']"),
        arguments("a core event names the object it is about", "events",
            "{" + meta("web.1") + ",'type':'Normal','reason':'Scheduled',"
                + "'message':'Successfully assigned default/web to n1 ',"
                + "'involvedObject':{'kind':'Pod','name':'web'},'source':{'component':"
                + "'default-scheduler'},'firstTimestamp':'2025-01-01T11:58:00Z',"
                + "'lastTimestamp':'2025-01-01T11:59:00Z','count':2}",
            "['60s','Normal','Scheduled','pod/web','','default-scheduler',"
                + "'Successfully assigned default/web to n1','2m',2,'web.1']"),
        arguments("a new-style event uses its event time, truncated, and counts one", "events",
            "{" + meta("e") + ",'type':'Warning','reason':'Failed','message':'boom',"
                + "'involvedObject':{'kind':'Node','fieldPath':'spec'},"
                + "'reportingComponent':'kubelet','reportingInstance':'n1',"
                + "'eventTime':'2025-01-01T11:59:50.123456Z'}",
            "['9s','Warning','Failed','node','spec','kubelet, n1','boom','9s',1,'e']"),
        arguments("an events.k8s.io event prints like a core one", "events.events.k8s.io",
            "{'apiVersion':'events.k8s.io/v1','kind':'Event'," + meta("e2") + ",'type':'Normal',"
                + "'reason':'Pulled','note':'pulled','regarding':{'kind':'Pod','name':'web'},"
                + "'reportingController':'kubelet','eventTime':'2025-01-01T11:59:00.000000Z',"
                + "'series':{'count':4,'lastObservedTime':'2025-01-01T11:59:58.000000Z'}}",
            "['2s','Normal','Pulled','pod/web','','kubelet','pulled','60s',4,'e2']"),
        arguments("a role binding lists subjects by kind",
            "rolebindings.rbac.authorization.k8s.io",
            "{" + meta("rb") + ",'roleRef':{'kind':'Role','name':'reader'},'subjects':["
                + "{'kind':'User','name':'alice'},{'kind':'User','name':'bob'},"
                + "{'kind':'Group','name':'devs'},{'kind':'ServiceAccount','name':'sa',"
                + "'namespace':'default'}]}",
            "['rb','Role/reader','5m','alice, bob','devs','default/sa']"),
        arguments("a cluster role has no printer and shows its creation time",
            "clusterroles.rbac.authorization.k8s.io", "{" + meta("admin") + ",'rules':[]}",
            "['admin','2025-01-01T11:55:00Z']"),
        arguments("a limit range has no printer", "limitranges", "{" + meta("lr") + "}",
            "['lr','2025-01-01T11:55:00Z']"),
        arguments("an object without a creation time prints Go's zero time",
            "customresourcedefinitions.apiextensions.k8s.io",
            "{'metadata':{'name':'crontabs.example.com'}}",
            "['crontabs.example.com','0001-01-01T00:00:00Z']"),
        arguments("a certificate signing request shows its condition",
            "certificatesigningrequests.certificates.k8s.io",
            "{" + meta("csr") + ",'spec':{'signerName':'kubernetes.io/kube-apiserver-client',"
                + "'username':'alice','expirationSeconds':86400},'status':{'conditions':["
                + "{'type':'Approved'}],'certificate':'Y2VydA=='}}",
            "['csr','5m','kubernetes.io/kube-apiserver-client','alice','24h',"
                + "'Approved,Issued']"),
        arguments("a webhook configuration counts its webhooks",
            "validatingwebhookconfigurations.admissionregistration.k8s.io",
            "{" + meta("v") + ",'webhooks':[{'name':'a'},{'name':'b'}]}", "['v',2,'5m']"),
        arguments("a lease shows its holder", "leases.coordination.k8s.io",
            "{" + meta("n1") + ",'spec':{'holderIdentity':'n1'}}", "['n1','n1','5m']"),
        arguments("a priority class shows value and default flag",
            "priorityclasses.scheduling.k8s.io",
            "{" + meta("high") + ",'value':1000,'preemptionPolicy':'PreemptLowerPriority'}",
            "['high',1000,false,'5m','PreemptLowerPriority']"),
        arguments("a runtime class shows its handler", "runtimeclasses.node.k8s.io",
            "{" + meta("gvisor") + ",'handler':'runsc'}", "['gvisor','runsc','5m']"),
        arguments("a disruption budget prints unset bounds as N/A",
            "poddisruptionbudgets.policy",
            "{" + meta("pdb") + ",'spec':{'minAvailable':'50%'},"
                + "'status':{'disruptionsAllowed':1}}",
            "['pdb','50%','N/A',1,'5m']"),
        arguments("an autoscaler pairs current and target utilization",
            "horizontalpodautoscalers.autoscaling",
            "{" + meta("web") + ",'spec':{'scaleTargetRef':{'kind':'Deployment','name':'web'},"
                + "'minReplicas':1,'maxReplicas':5,'metrics':[{'type':'Resource','resource':{"
                + "'name':'cpu','target':{'type':'Utilization','averageUtilization':50}}},"
                + "{'type':'Pods','pods':{'metric':{'name':'qps'},'target':{"
                + "'type':'AverageValue','averageValue':'1k'}}},{'type':'Resource','resource':{"
                + "'name':'memory','target':{'type':'AverageValue','averageValue':'1Gi'}}}]},"
                + "'status':{'currentReplicas':2,'currentMetrics':[{'type':'Resource',"
                + "'resource':{'name':'cpu','current':{'averageUtilization':20}}}]}}",
            "['web','Deployment/web','cpu: 20%/50%, <unknown>/1k + 1 more...','1',5,2,'5m']"),
        arguments("a storage class marked default", "storageclasses.storage.k8s.io",
            "{'metadata':{'name':'standard','creationTimestamp':'@T','annotations':{"
                + "'storageclass.kubernetes.io/is-default-class':'true'}},"
                + "'provisioner':'rancher.io/local-path','volumeBindingMode':"
                + "'WaitForFirstConsumer'}",
            "['standard (default)','rancher.io/local-path','Delete','WaitForFirstConsumer',"
                + "false,'5m']"),
        arguments("a bound claim shows its volume and capacity", "persistentvolumeclaims",
            "{" + meta("data") + ",'spec':{'volumeName':'pv-1','storageClassName':'standard',"
                + "'volumeMode':'Filesystem','resources':{'requests':{'storage':'1Gi'}}},"
                + "'status':{'phase':'Bound','accessModes':['ReadWriteOnce','ReadOnlyMany'],"
                + "'capacity':{'storage':'2Gi'}}}",
            "['data','Bound','pv-1','2Gi','RWO,ROX','standard','<unset>','5m','Filesystem']"),
        arguments("a pending claim shows no capacity", "persistentvolumeclaims",
            "{" + meta("data") + ",'spec':{},'status':{'phase':'Pending'}}",
            "['data','Pending','','','','','<unset>','5m','<unset>']"),
        arguments("a volume names its claim", "persistentvolumes",
            "{" + meta("pv-1") + ",'spec':{'capacity':{'storage':'2Gi'},'accessModes':"
                + "['ReadWriteMany'],'persistentVolumeReclaimPolicy':'Retain','claimRef':{"
                + "'namespace':'default','name':'data'},'storageClassName':'standard'},"
                + "'status':{'phase':'Bound'}}",
            "['pv-1','2Gi','RWX','Retain','Bound','default/data','standard','<unset>','',"
                + "'5m','<unset>']"),
        arguments("a CSI driver defaults attach required to true", "csidrivers.storage.k8s.io",
            "{" + meta("csi") + ",'spec':{'volumeLifecycleModes':['Persistent']}}",
            "['csi',true,false,false,'<unset>',false,'Persistent','5m']"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void printsUpstreamCells(String behaviour, String resource, String object, String cells) {
    RowAssertions.assertCells(resource, object, json(cells));
  }
}
