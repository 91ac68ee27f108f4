package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.Fixtures.json;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pods and their controllers print the cells kube-apiserver 1.33 prints for them. */
class WorkloadPrintersTest {

  private static final String POD = "'metadata':{'name':'web','creationTimestamp':'@T'}";

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("a new pod is pending with nothing scheduled", "pods",
            "{" + POD + ",'spec':{'containers':[{'name':'c'}]},'status':{'phase':'Pending'}}",
            "['web','0/1','Pending','0','5m','<none>','<none>','<none>','<none>']"),
        arguments("a running pod counts ready containers and shows its IP and node", "pods",
            "{" + POD + ",'spec':{'nodeName':'node-1','containers':[{'name':'a'},{'name':'b'}]},"
                + "'status':{'phase':'Running','podIP':'10.0.0.5','containerStatuses':["
                + "{'name':'a','ready':true,'state':{'running':{}}},"
                + "{'name':'b','ready':false,'state':{'running':{}}}]}}",
            "['web','1/2','Running','0','5m','10.0.0.5','node-1','<none>','<none>']"),
        arguments("podIPs wins over podIP", "pods",
            "{" + POD + ",'spec':{},'status':{'podIP':'10.0.0.5','podIPs':[{'ip':'fd00::5'}]}}",
            "['web','0/0','','0','5m','fd00::5','<none>','<none>','<none>']"),
        arguments("a waiting reason replaces the phase and restarts show the last one", "pods",
            "{" + POD + ",'spec':{'containers':[{'name':'c'}]},'status':{'phase':'Running',"
                + "'containerStatuses':[{'name':'c','restartCount':3,"
                + "'state':{'waiting':{'reason':'CrashLoopBackOff'}},"
                + "'lastState':{'terminated':{'finishedAt':'2025-01-01T11:58:00Z'}}}]}}",
            "['web','0/1','CrashLoopBackOff','3 (2m ago)','5m','<none>','<none>','<none>',"
                + "'<none>']"),
        arguments("the first container's reason wins", "pods",
            "{" + POD + ",'spec':{'containers':[{'name':'a'},{'name':'b'}]},"
                + "'status':{'phase':'Running','containerStatuses':["
                + "{'name':'a','state':{'terminated':{'exitCode':1}}},"
                + "{'name':'b','state':{'terminated':{'signal':9,'exitCode':137}}}]}}",
            "['web','0/2','ExitCode:1','0','5m','<none>','<none>','<none>','<none>']"),
        arguments("a running init container shows init progress", "pods",
            "{" + POD + ",'spec':{'initContainers':[{'name':'i1'},{'name':'i2'}],"
                + "'containers':[{'name':'c'}]},'status':{'phase':'Pending',"
                + "'initContainerStatuses':[{'name':'i1','state':{'terminated':{'exitCode':0}}},"
                + "{'name':'i2','state':{'running':{}}}],"
                + "'containerStatuses':[{'name':'c','state':{'waiting':"
                + "{'reason':'PodInitializing'}}}]}}",
            "['web','0/1','Init:1/2','0','5m','<none>','<none>','<none>','<none>']"),
        arguments("a failed init container shows its reason", "pods",
            "{" + POD + ",'spec':{'initContainers':[{'name':'i'}],'containers':[{'name':'c'}]},"
                + "'status':{'phase':'Pending','initContainerStatuses':[{'name':'i',"
                + "'restartCount':2,'state':{'terminated':{'exitCode':1,'reason':'Error'}}}]}}",
            "['web','0/1','Init:Error','2','5m','<none>','<none>','<none>','<none>']"),
        arguments("an init container that cannot pull shows the waiting reason", "pods",
            "{" + POD + ",'spec':{'initContainers':[{'name':'i'}],'containers':[{'name':'c'}]},"
                + "'status':{'phase':'Pending','initContainerStatuses':[{'name':'i',"
                + "'state':{'waiting':{'reason':'ImagePullBackOff'}}}]}}",
            "['web','0/1','Init:ImagePullBackOff','0','5m','<none>','<none>','<none>',"
                + "'<none>']"),
        arguments("a started sidecar counts as a ready container", "pods",
            "{" + POD + ",'spec':{'initContainers':[{'name':'s','restartPolicy':'Always'}],"
                + "'containers':[{'name':'c'}]},'status':{'phase':'Running',"
                + "'conditions':[{'type':'Initialized','status':'True'}],"
                + "'initContainerStatuses':[{'name':'s','started':true,'ready':true,"
                + "'restartCount':1,'state':{'running':{}}}],"
                + "'containerStatuses':[{'name':'c','ready':true,'state':{'running':{}}}]}}",
            "['web','2/2','Running','1','5m','<none>','<none>','<none>','<none>']"),
        arguments("a pod being deleted is Terminating", "pods",
            "{'metadata':{'name':'web','creationTimestamp':'@T','deletionTimestamp':'@T'},"
                + "'spec':{'containers':[{'name':'c'}]},'status':{'phase':'Running'}}",
            "['web','0/1','Terminating','0','5m','<none>','<none>','<none>','<none>']"),
        arguments("a finished pod being deleted keeps its phase", "pods",
            "{'metadata':{'name':'web','creationTimestamp':'@T','deletionTimestamp':'@T'},"
                + "'spec':{'containers':[{'name':'c'}]},'status':{'phase':'Succeeded'}}",
            "['web','0/1','Succeeded','0','5m','<none>','<none>','<none>','<none>']"),
        arguments("a scheduling gate shows SchedulingGated", "pods",
            "{" + POD + ",'spec':{'containers':[{'name':'c'}]},'status':{'phase':'Pending',"
                + "'conditions':[{'type':'PodScheduled','status':'False',"
                + "'reason':'SchedulingGated'}]}}",
            "['web','0/1','SchedulingGated','0','5m','<none>','<none>','<none>','<none>']"),
        arguments("readiness gates count their true conditions", "pods",
            "{" + POD + ",'spec':{'containers':[],'readinessGates':[{'conditionType':'a'},"
                + "{'conditionType':'b'}]},'status':{'phase':'Running','nominatedNodeName':'n2',"
                + "'conditions':[{'type':'a','status':'True'},{'type':'b','status':'False'}]}}",
            "['web','0/0','Running','0','5m','<none>','<none>','n2','1/2']"),
        arguments("a deployment shows ready of desired and its template", "deployments.apps",
            "{'metadata':{'name':'web','creationTimestamp':'@T'},'spec':{'replicas':3,"
                + "'selector':{'matchLabels':{'app':'web'}},'template':{'spec':{'containers':["
                + "{'name':'nginx','image':'nginx:1.27'},{'name':'log','image':'busybox'}]}}},"
                + "'status':{'readyReplicas':2,'updatedReplicas':3,'availableReplicas':2}}",
            "['web','2/3',3,2,'5m','nginx,log','nginx:1.27,busybox','app=web']"),
        arguments("a deployment without a selector prints it empty", "deployments.apps",
            "{'metadata':{'name':'web','creationTimestamp':'@T'},'spec':{}}",
            "['web','0/0',0,0,'5m','','','']"),
        arguments("a replica set sorts its selector by key", "replicasets.apps",
            "{'metadata':{'name':'web-1','creationTimestamp':'@T'},'spec':{'replicas':2,"
                + "'selector':{'matchLabels':{'pod-template-hash':'1','app':'web'}},"
                + "'template':{'spec':{'containers':[{'name':'c','image':'i'}]}}},"
                + "'status':{'replicas':2,'readyReplicas':1}}",
            "['web-1',2,2,1,'5m','c','i','app=web,pod-template-hash=1']"),
        arguments("a replication controller prints its selector map", "replicationcontrollers",
            "{'metadata':{'name':'rc','creationTimestamp':'@T'},'spec':{'replicas':1,"
                + "'selector':{'app':'x'}},'status':{'replicas':1}}",
            "['rc',1,1,0,'5m','','','app=x']"),
        arguments("a stateful set shows ready of desired", "statefulsets.apps",
            "{'metadata':{'name':'db','creationTimestamp':'@T'},'spec':{'replicas':2,"
                + "'template':{'spec':{'containers':[{'name':'pg','image':'postgres:16'}]}}},"
                + "'status':{'readyReplicas':1}}",
            "['db','1/2','5m','pg','postgres:16']"),
        arguments("a daemon set shows node selector and set-based selector", "daemonsets.apps",
            "{'metadata':{'name':'agent','creationTimestamp':'@T'},'spec':{'selector':{"
                + "'matchLabels':{'app':'agent'},'matchExpressions':[{'key':'tier',"
                + "'operator':'In','values':['b','a']},{'key':'gpu','operator':'DoesNotExist'}]},"
                + "'template':{'spec':{'nodeSelector':{'kubernetes.io/os':'linux'},"
                + "'containers':[{'name':'a','image':'agent:1'}]}}},'status':{"
                + "'desiredNumberScheduled':3,'currentNumberScheduled':3,'numberReady':2,"
                + "'updatedNumberScheduled':3,'numberAvailable':2}}",
            "['agent',3,3,2,3,2,'kubernetes.io/os=linux','5m','a','agent:1',"
                + "'app=agent,!gpu,tier in (a,b)']"),
        arguments("a completed job shows how long it ran", "jobs.batch",
            "{'metadata':{'name':'pi','creationTimestamp':'@T'},'spec':{'completions':1,"
                + "'parallelism':1,'selector':{'matchLabels':{'job-name':'pi'}},"
                + "'template':{'spec':{'containers':[{'name':'pi','image':'perl'}]}}},"
                + "'status':{'succeeded':1,'startTime':'@T',"
                + "'completionTime':'2025-01-01T11:56:30Z',"
                + "'conditions':[{'type':'Complete','status':'True'}]}}",
            "['pi','Complete','1/1','90s','5m','pi','perl','job-name=pi']"),
        arguments("a running parallel job without completions", "jobs.batch",
            "{'metadata':{'name':'w','creationTimestamp':'@T'},'spec':{'parallelism':3},"
                + "'status':{'startTime':'2025-01-01T11:59:00Z'}}",
            "['w','Running','0/1 of 3','60s','5m','','','<none>']"),
        arguments("a suspended job not yet started", "jobs.batch",
            "{'metadata':{'name':'s','creationTimestamp':'@T'},'spec':{'completions':2},"
                + "'status':{'conditions':[{'type':'Suspended','status':'True'}]}}",
            "['s','Suspended','0/2','','5m','','','<none>']"),
        arguments("a cron job shows its schedule and last run", "cronjobs.batch",
            "{'metadata':{'name':'hello','creationTimestamp':'@T'},'spec':{"
                + "'schedule':'*/1 * * * *','suspend':false,'jobTemplate':{'spec':{"
                + "'template':{'spec':{'containers':[{'name':'h','image':'busybox'}]}}}}},"
                + "'status':{'active':[{'name':'hello-1'}],"
                + "'lastScheduleTime':'2025-01-01T11:59:30Z'}}",
            "['hello','*/1 * * * *','<none>','False',1,'30s','5m','h','busybox','<none>']"),
        arguments("a pod template prints containers and labels", "podtemplates",
            "{'metadata':{'name':'t','creationTimestamp':'@T'},'template':{"
                + "'metadata':{'labels':{'app':'t'}},"
                + "'spec':{'containers':[{'name':'c','image':'i'}]}}}",
            "['t','c','i','app=t']"),
        arguments("a controller revision names its controller", "controllerrevisions.apps",
            "{'metadata':{'name':'db-1','creationTimestamp':'@T','ownerReferences':[{"
                + "'apiVersion':'apps/v1','kind':'StatefulSet','name':'db','controller':true}]},"
                + "'revision':2}",
            "['db-1','statefulset.apps/db',2,'5m']"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void printsUpstreamCells(String behaviour, String resource, String object, String cells) {
    RowAssertions.assertCells(resource, object, json(cells));
  }
}
