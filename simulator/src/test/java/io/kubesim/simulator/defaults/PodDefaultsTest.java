package io.kubesim.simulator.defaults;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pod defaulting: the pod spec, each container, each volume, and the Pod-only defaults. */
class PodDefaultsTest {

  static final String SPEC_DEFAULTS = "'dnsPolicy':'ClusterFirst','restartPolicy':'Always',"
      + "'securityContext':{},'terminationGracePeriodSeconds':30,"
      + "'schedulerName':'default-scheduler'";
  static final String CONTAINER_DEFAULTS =
      "'terminationMessagePath':'/dev/termination-log','terminationMessagePolicy':'File'";

  private static DefaultingCase pod(String name, String spec, String expectedSpec) {
    return DefaultingCase.of(name, "v1", "Pod", "{'spec':" + spec + "}",
        "{'spec':" + expectedSpec + "}");
  }

  static Stream<DefaultingCase> cases() {
    return Stream.of(
        pod("a minimal pod gets the pod, spec and container defaults",
            "{'containers':[{'name':'app','image':'nginx'}]}",
            "{'containers':[{'name':'app','image':'nginx','imagePullPolicy':'Always',"
                + CONTAINER_DEFAULTS + "}],'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("the pull policy follows the image tag: latest or none is Always",
            "{'containers':[{'name':'a','image':'nginx:1.25'},{'name':'b','image':'nginx:latest'},"
                + "{'name':'c','image':'localhost:5000/team/app'},"
                + "{'name':'d','image':'busybox@sha256:" + "ab".repeat(32) + "'},"
                + "{'name':'e','image':'Nginx'},"
                + "{'name':'f','image':'nginx','imagePullPolicy':'Never'}]}",
            "{'containers':["
                + "{'name':'a','image':'nginx:1.25','imagePullPolicy':'IfNotPresent',"
                + CONTAINER_DEFAULTS + "},"
                + "{'name':'b','image':'nginx:latest','imagePullPolicy':'Always',"
                + CONTAINER_DEFAULTS + "},"
                + "{'name':'c','image':'localhost:5000/team/app','imagePullPolicy':'Always',"
                + CONTAINER_DEFAULTS + "},"
                + "{'name':'d','image':'busybox@sha256:" + "ab".repeat(32) + "',"
                + "'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS + "},"
                + "{'name':'e','image':'Nginx','imagePullPolicy':'IfNotPresent',"
                + CONTAINER_DEFAULTS + "},"
                + "{'name':'f','image':'nginx','imagePullPolicy':'Never'," + CONTAINER_DEFAULTS
                + "}],'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("limits without requests become requests, for init containers too",
            "{'initContainers':[{'name':'i','image':'x:1','resources':{'limits':{'cpu':'1'}}}],"
                + "'containers':[{'name':'c','image':'x:1','resources':{'limits':{'cpu':'500m',"
                + "'memory':'128Mi'},'requests':{'memory':'64Mi'}}}],"
                + "'ephemeralContainers':[{'name':'e','image':'x:1','resources':{'limits':"
                + "{'cpu':'1'}}}]}",
            "{'initContainers':[{'name':'i','image':'x:1','resources':{'limits':{'cpu':'1'},"
                + "'requests':{'cpu':'1'}},'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS
                + "}],'containers':[{'name':'c','image':'x:1','resources':{'limits':"
                + "{'cpu':'500m','memory':'128Mi'},'requests':{'memory':'64Mi','cpu':'500m'}},"
                + "'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS + "}],"
                + "'ephemeralContainers':[{'name':'e','image':'x:1','resources':{'limits':"
                + "{'cpu':'1'}},'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS + "}],"
                + "'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("ports are TCP, and on the host network the host port is the container port",
            "{'hostNetwork':true,'containers':[{'name':'c','image':'x:1','ports':["
                + "{'containerPort':80},{'containerPort':53,'protocol':'UDP','hostPort':5353}]}]}",
            "{'hostNetwork':true,'containers':[{'name':'c','image':'x:1','ports':["
                + "{'containerPort':80,'hostPort':80,'protocol':'TCP'},"
                + "{'containerPort':53,'protocol':'UDP','hostPort':5353}],"
                + "'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS + "}],"
                + "'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("probes get timings, HTTP actions a path and scheme, gRPC actions a service",
            "{'containers':[{'name':'c','image':'x:1',"
                + "'livenessProbe':{'httpGet':{'port':8080}},"
                + "'readinessProbe':{'grpc':{'port':9000},'periodSeconds':5},"
                + "'startupProbe':{'exec':{'command':['true']},'failureThreshold':30},"
                + "'lifecycle':{'preStop':{'httpGet':{'port':80,'path':'/stop'}}}}]}",
            "{'containers':[{'name':'c','image':'x:1',"
                + "'livenessProbe':{'httpGet':{'port':8080,'path':'/','scheme':'HTTP'},"
                + "'timeoutSeconds':1,'periodSeconds':10,'successThreshold':1,"
                + "'failureThreshold':3},"
                + "'readinessProbe':{'grpc':{'port':9000,'service':''},'periodSeconds':5,"
                + "'timeoutSeconds':1,'successThreshold':1,'failureThreshold':3},"
                + "'startupProbe':{'exec':{'command':['true']},'failureThreshold':30,"
                + "'timeoutSeconds':1,'periodSeconds':10,'successThreshold':1},"
                + "'lifecycle':{'preStop':{'httpGet':{'port':80,'path':'/stop',"
                + "'scheme':'HTTP'}}},'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS
                + "}],'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("downward-API field references in env are v1",
            "{'containers':[{'name':'c','image':'x:1','env':[{'name':'A','value':'b'},"
                + "{'name':'NODE','valueFrom':{'fieldRef':{'fieldPath':'spec.nodeName'}}}]}]}",
            "{'containers':[{'name':'c','image':'x:1','env':[{'name':'A','value':'b'},"
                + "{'name':'NODE','valueFrom':{'fieldRef':{'fieldPath':'spec.nodeName',"
                + "'apiVersion':'v1'}}}],'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS
                + "}],'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("volumes get file modes, types and expirations; no source means emptyDir",
            "{'containers':[],'volumes':[{'name':'cache'},"
                + "{'name':'s','secret':{'secretName':'s'}},"
                + "{'name':'c','configMap':{'name':'c','defaultMode':256}},"
                + "{'name':'h','hostPath':{'path':'/data'}},"
                + "{'name':'d','downwardAPI':{'items':[{'path':'l','fieldRef':"
                + "{'fieldPath':'metadata.labels'}}]}},"
                + "{'name':'p','projected':{'sources':[{'serviceAccountToken':{'path':'t'}},"
                + "{'downwardAPI':{'items':[{'path':'n','fieldRef':"
                + "{'fieldPath':'metadata.namespace'}}]}}]}},"
                + "{'name':'e','ephemeral':{'volumeClaimTemplate':{'spec':"
                + "{'accessModes':['ReadWriteOnce']}}}}]}",
            "{'containers':[],'volumes':[{'name':'cache','emptyDir':{}},"
                + "{'name':'s','secret':{'secretName':'s','defaultMode':420}},"
                + "{'name':'c','configMap':{'name':'c','defaultMode':256}},"
                + "{'name':'h','hostPath':{'path':'/data','type':''}},"
                + "{'name':'d','downwardAPI':{'items':[{'path':'l','fieldRef':"
                + "{'fieldPath':'metadata.labels','apiVersion':'v1'}}],'defaultMode':420}},"
                + "{'name':'p','projected':{'sources':[{'serviceAccountToken':{'path':'t',"
                + "'expirationSeconds':3600}},{'downwardAPI':{'items':[{'path':'n','fieldRef':"
                + "{'fieldPath':'metadata.namespace','apiVersion':'v1'}}]}}],"
                + "'defaultMode':420}},"
                + "{'name':'e','ephemeral':{'volumeClaimTemplate':{'spec':"
                + "{'accessModes':['ReadWriteOnce'],'volumeMode':'Filesystem'}}}}],"
                + "'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("values the client chose are kept, zero included",
            "{'restartPolicy':'Never','dnsPolicy':'Default','terminationGracePeriodSeconds':0,"
                + "'schedulerName':'custom','securityContext':{'runAsUser':1000},"
                + "'enableServiceLinks':false,'containers':[{'name':'c','image':'x:1',"
                + "'imagePullPolicy':'Always','terminationMessagePath':'/tmp/msg',"
                + "'terminationMessagePolicy':'FallbackToLogsOnError'}]}",
            "{'restartPolicy':'Never','dnsPolicy':'Default','terminationGracePeriodSeconds':0,"
                + "'schedulerName':'custom','securityContext':{'runAsUser':1000},"
                + "'enableServiceLinks':false,'containers':[{'name':'c','image':'x:1',"
                + "'imagePullPolicy':'Always','terminationMessagePath':'/tmp/msg',"
                + "'terminationMessagePolicy':'FallbackToLogsOnError'}]}"),
        pod("the deprecated serviceAccount names the service account, and mirrors it",
            "{'serviceAccount':'builder','containers':[]}",
            "{'serviceAccount':'builder','serviceAccountName':'builder','containers':[],"
                + "'enableServiceLinks':true," + SPEC_DEFAULTS + "}"),
        pod("a pod without spec gets a defaulted empty spec",
            "{}", "{'enableServiceLinks':true," + SPEC_DEFAULTS + "}"));
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
