package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.PodDefaultsTest.CONTAINER_DEFAULTS;
import static io.kubesim.simulator.defaults.PodDefaultsTest.SPEC_DEFAULTS;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Defaulting of workload controllers and batch objects, pod templates included. */
class WorkloadDefaultsTest {

  /** A template as clients send it; templates get spec defaults but never the Pod-only ones. */
  private static final String TEMPLATE = "'template':{'metadata':{'labels':{'app':'web'}},"
      + "'spec':{'containers':[{'name':'web','image':'nginx:1.25','resources':{'limits':"
      + "{'cpu':'1'}}}]}}";
  private static final String DEFAULTED_TEMPLATE = "'template':{'metadata':{'labels':"
      + "{'app':'web'}},'spec':{'containers':[{'name':'web','image':'nginx:1.25','resources':"
      + "{'limits':{'cpu':'1'}},'imagePullPolicy':'IfNotPresent'," + CONTAINER_DEFAULTS + "}],"
      + SPEC_DEFAULTS + "}}";
  private static final String SELECTOR = "'selector':{'matchLabels':{'app':'web'}}";

  static Stream<DefaultingCase> cases() {
    return Stream.of(
        DefaultingCase.of("a deployment rolls 25% at a time and keeps ten revisions",
            "apps/v1", "Deployment", "{'spec':{" + SELECTOR + "," + TEMPLATE + "}}",
            "{'spec':{" + SELECTOR + "," + DEFAULTED_TEMPLATE + ",'replicas':1,"
                + "'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxUnavailable':'25%',"
                + "'maxSurge':'25%'}},'revisionHistoryLimit':10,'progressDeadlineSeconds':600}}"),
        DefaultingCase.of("a Recreate deployment gets no rolling-update parameters",
            "apps/v1", "Deployment", "{'spec':{'replicas':0,'strategy':{'type':'Recreate'},"
                + "'revisionHistoryLimit':2," + TEMPLATE + "}}",
            "{'spec':{'replicas':0,'strategy':{'type':'Recreate'},'revisionHistoryLimit':2,"
                + DEFAULTED_TEMPLATE + ",'progressDeadlineSeconds':600}}"),
        DefaultingCase.of("a rolling update keeps the half it was given",
            "apps/v1", "Deployment", "{'spec':{'strategy':{'rollingUpdate':{'maxSurge':1}},"
                + TEMPLATE + "}}",
            "{'spec':{'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':1,"
                + "'maxUnavailable':'25%'}},'replicas':1,'revisionHistoryLimit':10,"
                + "'progressDeadlineSeconds':600," + DEFAULTED_TEMPLATE + "}}"),
        DefaultingCase.of("a replica set runs one replica",
            "apps/v1", "ReplicaSet", "{'spec':{" + TEMPLATE + "}}",
            "{'spec':{'replicas':1," + DEFAULTED_TEMPLATE + "}}"),
        DefaultingCase.of("a stateful set starts pods in order and retains its claims",
            "apps/v1", "StatefulSet", "{'spec':{'serviceName':'db'," + TEMPLATE + ","
                + "'volumeClaimTemplates':[{'metadata':{'name':'data'},'spec':{'accessModes':"
                + "['ReadWriteOnce'],'resources':{'requests':{'storage':'1Gi'}}}}]}}",
            "{'spec':{'serviceName':'db'," + DEFAULTED_TEMPLATE + ","
                + "'volumeClaimTemplates':[{'metadata':{'name':'data'},'spec':{'accessModes':"
                + "['ReadWriteOnce'],'resources':{'requests':{'storage':'1Gi'}},"
                + "'volumeMode':'Filesystem'},'status':{'phase':'Pending'}}],"
                + "'podManagementPolicy':'OrderedReady','updateStrategy':{'type':"
                + "'RollingUpdate','rollingUpdate':{'partition':0}},"
                + "'persistentVolumeClaimRetentionPolicy':{'whenDeleted':'Retain',"
                + "'whenScaled':'Retain'},'replicas':1,'revisionHistoryLimit':10}}"),
        DefaultingCase.of("a stateful set told RollingUpdate without parameters gets no partition",
            "apps/v1", "StatefulSet", "{'spec':{'updateStrategy':{'type':'RollingUpdate'},"
                + TEMPLATE + "}}",
            "{'spec':{'updateStrategy':{'type':'RollingUpdate'},"
                + "'podManagementPolicy':'OrderedReady',"
                + "'persistentVolumeClaimRetentionPolicy':{'whenDeleted':'Retain',"
                + "'whenScaled':'Retain'},'replicas':1,'revisionHistoryLimit':10,"
                + DEFAULTED_TEMPLATE + "}}"),
        DefaultingCase.of("a daemon set replaces one pod at a time without surge",
            "apps/v1", "DaemonSet", "{'spec':{" + SELECTOR + "," + TEMPLATE + "}}",
            "{'spec':{" + SELECTOR + "," + DEFAULTED_TEMPLATE + ",'updateStrategy':{'type':"
                + "'RollingUpdate','rollingUpdate':{'maxUnavailable':1,'maxSurge':0}},"
                + "'revisionHistoryLimit':10}}"),
        DefaultingCase.of("a replication controller selects and labels by its template",
            "v1", "ReplicationController", "{'metadata':{'name':'rc'},'spec':{" + TEMPLATE
                + "}}",
            "{'metadata':{'name':'rc','labels':{'app':'web'}},'spec':{'selector':"
                + "{'app':'web'},'replicas':1," + DEFAULTED_TEMPLATE + "}}"),
        DefaultingCase.of("a pod template is a template",
            "v1", "PodTemplate", "{" + TEMPLATE + "}", "{" + DEFAULTED_TEMPLATE + "}"),
        DefaultingCase.of("a job runs one pod to completion with six retries",
            "batch/v1", "Job", "{'metadata':{'name':'pi'},'spec':{" + TEMPLATE + "}}",
            "{'metadata':{'name':'pi','labels':{'app':'web'}},'spec':{'completions':1,"
                + "'parallelism':1,'backoffLimit':6,'completionMode':'NonIndexed',"
                + "'suspend':false,'podReplacementPolicy':'TerminatingOrFailed',"
                + "'manualSelector':false," + DEFAULTED_TEMPLATE + "}}"),
        DefaultingCase.of("a job with completions keeps them and runs one at a time",
            "batch/v1", "Job", "{'metadata':{'labels':{'team':'a'}},'spec':{'completions':5,"
                + "'backoffLimitPerIndex':1,'completionMode':'Indexed'," + TEMPLATE + "}}",
            "{'metadata':{'labels':{'team':'a'}},'spec':{'completions':5,"
                + "'backoffLimitPerIndex':1,'completionMode':'Indexed','parallelism':1,"
                + "'backoffLimit':2147483647,'suspend':false,"
                + "'podReplacementPolicy':'TerminatingOrFailed','manualSelector':false,"
                + DEFAULTED_TEMPLATE + "}}"),
        DefaultingCase.of("a pod failure policy replaces only failed pods",
            "batch/v1", "Job", "{'spec':{'podFailurePolicy':{'rules':[{'action':'Ignore',"
                + "'onPodConditions':[{'type':'DisruptionTarget'}]}]}," + TEMPLATE + "}}",
            "{'metadata':{'labels':{'app':'web'}},'spec':{'podFailurePolicy':{'rules':[{"
                + "'action':'Ignore','onPodConditions':[{'type':'DisruptionTarget',"
                + "'status':'True'}]}]},'completions':1,'parallelism':1,'backoffLimit':6,"
                + "'completionMode':'NonIndexed','suspend':false,"
                + "'podReplacementPolicy':'Failed','manualSelector':false,"
                + DEFAULTED_TEMPLATE + "}}"),
        DefaultingCase.of("a cron job allows overlap and keeps 3 successes and 1 failure",
            "batch/v1", "CronJob", "{'spec':{'schedule':'* * * * *','jobTemplate':{'spec':{"
                + TEMPLATE + "}}}}",
            "{'spec':{'schedule':'* * * * *','jobTemplate':{'spec':{" + DEFAULTED_TEMPLATE
                + "}},'concurrencyPolicy':'Allow','suspend':false,"
                + "'successfulJobsHistoryLimit':3,'failedJobsHistoryLimit':1}}"));
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
