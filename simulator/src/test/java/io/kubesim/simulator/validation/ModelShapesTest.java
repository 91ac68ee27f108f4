package io.kubesim.simulator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubesim.admission.ObjectMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape check vouches for well-formed objects, and never for one that does not decode: a
 * few thousand objects with one value swapped for a value of another JSON type each either fail
 * the check or decode.
 */
class ModelShapesTest {

  static final String POD = "{'apiVersion':'v1','kind':'Pod','metadata':{'name':'p1','labels':"
      + "{'app':'bench'},'namespace':'default','uid':'ce1271e0','creationTimestamp':"
      + "'2026-11-27T04:33:02Z','managedFields':[{'manager':'m','operation':'Update',"
      + "'apiVersion':'v1','time':'2026-11-27T04:33:02Z','fieldsType':'FieldsV1','fieldsV1':"
      + "{'f:metadata':{'f:labels':{'.':{},'f:app':{}}}}}],'resourceVersion':'16'},'spec':"
      + "{'containers':[{'name':'app','image':'nginx:1.27','imagePullPolicy':'IfNotPresent',"
      + "'terminationMessagePath':'/dev/termination-log','terminationMessagePolicy':'File',"
      + "'volumeMounts':[{'name':'kube-api-access','readOnly':true,'mountPath':'/var/run'}]}],"
      + "'enableServiceLinks':true,'dnsPolicy':'ClusterFirst','restartPolicy':'Always',"
      + "'securityContext':{},'terminationGracePeriodSeconds':30,'schedulerName':'default',"
      + "'serviceAccountName':'default','volumes':[{'name':'kube-api-access','projected':"
      + "{'sources':[{'serviceAccountToken':{'expirationSeconds':3607,'path':'token'}},"
      + "{'configMap':{'name':'kube-root-ca.crt','items':[{'key':'ca.crt','path':'ca.crt'}]}},"
      + "{'downwardAPI':{'items':[{'path':'namespace','fieldRef':{'apiVersion':'v1',"
      + "'fieldPath':'metadata.namespace'}}]}}],'defaultMode':420}}],'priority':0,"
      + "'preemptionPolicy':'PreemptLowerPriority','tolerations':[{'key':'node.kubernetes.io/"
      + "not-ready','operator':'Exists','effect':'NoExecute','tolerationSeconds':300}]},"
      + "'status':{'phase':'Pending','qosClass':'BestEffort'}}";

  static final String DEPLOYMENT = "{'apiVersion':'apps/v1','kind':'Deployment','metadata':"
      + "{'name':'web','generation':1},'spec':{'replicas':3,'selector':{'matchLabels':{'app':"
      + "'web'}},'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':'25%',"
      + "'maxUnavailable':1}},'template':{'metadata':{'labels':{'app':'web'}},'spec':"
      + "{'containers':[{'name':'c','image':'nginx','ports':[{'containerPort':80}],"
      + "'resources':{'limits':{'cpu':'500m','memory':'1Gi'}}}]}}}}";

  static final String SERVICE = "{'apiVersion':'v1','kind':'Service','metadata':{'name':'s'},"
      + "'spec':{'ports':[{'port':80,'targetPort':8080,'protocol':'TCP'}],'clusterIPs':"
      + "['10.96.0.10'],'selector':{'app':'web'},'sessionAffinity':'None'}}";

  static final String CONFIG_MAP = "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':"
      + "'c','annotations':{'a':'b'}},'data':{'k':'v'},'binaryData':{'b':'AAE='},"
      + "'immutable':false}";

  static final String JOB = "{'apiVersion':'batch/v1','kind':'Job','metadata':{'name':'j'},"
      + "'spec':{'backoffLimit':6,'completions':1,'parallelism':1,'activeDeadlineSeconds':"
      + "9000000000,'template':{'spec':{'restartPolicy':'Never','containers':[{'name':'c',"
      + "'image':'busybox','command':['sh','-c','true']}]}}}}";

  static final String NAMESPACE = "{'apiVersion':'v1','kind':'Namespace','metadata':{'name':"
      + "'n','labels':{'kubernetes.io/metadata.name':'n'}},'spec':{'finalizers':['kubernetes']},"
      + "'status':{'phase':'Active'}}";

  static final String SECRET = "{'apiVersion':'v1','kind':'Secret','metadata':{'name':'s',"
      + "'ownerReferences':[{'apiVersion':'v1','kind':'Pod','name':'p','uid':'u',"
      + "'controller':true}]},'type':'Opaque','data':{'k':'dmFsdWU='}}";

  static final String CRON_JOB = "{'apiVersion':'batch/v1','kind':'CronJob','metadata':"
      + "{'name':'c'},'spec':{'schedule':'*/5 * * * *','suspend':false,"
      + "'successfulJobsHistoryLimit':3,'jobTemplate':{'spec':{'template':{'spec':"
      + "{'restartPolicy':'OnFailure','containers':[{'name':'c','image':'busybox',"
      + "'env':[{'name':'A','value':'1'},{'name':'B','valueFrom':{'fieldRef':"
      + "{'fieldPath':'metadata.name'}}}]}]}}}}}}";

  static Stream<Arguments> objects() {
    return Stream.of(
        arguments("a pod", POD, Pod.class, true),
        arguments("a config map", CONFIG_MAP, ConfigMap.class, true),
        arguments("a job", JOB, Job.class, true),
        arguments("a namespace", NAMESPACE, Namespace.class, true),
        arguments("a secret", SECRET, Secret.class, true),
        arguments("a cron job", CRON_JOB, CronJob.class, true),
        arguments("a deployment (int-or-string and quantities)", DEPLOYMENT, Deployment.class,
            false),
        arguments("a service (int-or-string)", SERVICE, Service.class, false));
  }

  @ParameterizedTest(name = "{0} is vouched for: {3}")
  @MethodSource("objects")
  void vouchesForWellFormedObjectsWithoutCustomValues(String name, String json, Class<?> type,
      boolean vouched) throws Exception {
    JsonNode tree = parse(json);
    assertThat(ModelShapes.certainlyDecodes(tree, type)).isEqualTo(vouched);
    assertThatCode(() -> ObjectMappers.json().convertValue(tree, type)).doesNotThrowAnyException();
  }

  static final List<JsonNode> REPLACEMENTS = List.of(JsonNodeFactory.instance.textNode("x"),
      JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("12"),
      JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.numberNode(-1),
      JsonNodeFactory.instance.numberNode(1L << 40), JsonNodeFactory.instance.numberNode(3.5),
      JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.nullNode(),
      JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode().put("a", 1),
      JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.arrayNode().add(1),
      JsonNodeFactory.instance.arrayNode().add("s"));

  @ParameterizedTest(name = "{0} with a value swapped decodes whenever it is vouched for")
  @MethodSource("objects")
  void neverVouchesForAnObjectThatFailsToDecode(String name, String json, Class<?> type,
      boolean vouched) throws Exception {
    Random random = new Random(name.hashCode());
    int vouchedFor = 0;
    for (int i = 0; i < 1500; i++) {
      JsonNode tree = parse(json);
      swapOneValue(tree, random);
      if (i % 2 == 1) {
        swapOneValue(tree, random);
      }
      if (ModelShapes.certainlyDecodes(tree, type)) {
        vouchedFor++;
        assertThatCode(() -> ObjectMappers.json().convertValue(tree, type)).as(tree.toString())
            .doesNotThrowAnyException();
      }
    }
    assertThat(vouchedFor).as("some swaps keep the object decodable").isPositive();
  }

  private static void swapOneValue(JsonNode tree, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(tree, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    JsonNode replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy();
    if (container instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      object.set(names.get(random.nextInt(names.size())), replacement);
    } else if (container instanceof ArrayNode array && array.size() > 0) {
      array.set(random.nextInt(array.size()), replacement);
    }
  }

  private static void collectContainers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collectContainers(child, out));
    }
  }

  private static JsonNode parse(String json) throws Exception {
    return ObjectMappers.json().readTree(json.replace('\'', '"'));
  }
}
