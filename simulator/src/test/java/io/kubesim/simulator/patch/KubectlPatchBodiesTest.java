package io.kubesim.simulator.patch;

import static io.kubesim.simulator.patch.PatchFixtures.CONFIG_MAP;
import static io.kubesim.simulator.patch.PatchFixtures.DEPLOYMENT;
import static io.kubesim.simulator.patch.PatchFixtures.POD;
import static io.kubesim.simulator.patch.PatchFixtures.failure;
import static io.kubesim.simulator.patch.PatchFixtures.json;
import static io.kubesim.simulator.patch.PatchFixtures.object;
import static io.kubesim.simulator.patch.PatchFixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.status.Status;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PATCH bodies real clients send (wire-protocol spec section 9.2 and the client notes), and
 * those kubectl computes for apply, edit, rollout restart and scale, applied to live objects.
 */
class KubectlPatchBodiesTest {

  private static final String MERGE = "application/merge-patch+json";
  private static final String JSON = "application/json-patch+json";
  private static final String SMP = "application/strategic-merge-patch+json";
  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  private static final PatchTarget SCALE =
      PatchTarget.builtIn(new GroupVersionKind("autoscaling", "v1", "Scale"));

  private static final String CONFIG_MAP_BAR = "{'apiVersion':'v1','kind':'ConfigMap',"
      + "'metadata':{'name':'bar','namespace':'default','uid':'u-1','resourceVersion':'100',"
      + "'labels':{'x':'old'},'finalizers':['example.com/a','example.com/b'],"
      + "'managedFields':[{'manager':'kubectl-client-side-apply','operation':'Update'}]},"
      + "'data':{'key1':'value1','key2':'value2'}}";
  private static final String DEPLOYMENT_WEB = "{'apiVersion':'apps/v1','kind':'Deployment',"
      + "'metadata':{'name':'web','namespace':'default','uid':'u-2','resourceVersion':'200',"
      + "'annotations':{'deployment.kubernetes.io/revision':'1'}},"
      + "'spec':{'replicas':1,'selector':{'matchLabels':{'app':'web'}},"
      + "'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':'25%',"
      + "'maxUnavailable':'25%'}},'template':{'metadata':{'labels':{'app':'web'}},"
      + "'spec':{'containers':[{'name':'nginx','image':'nginx:1.27',"
      + "'imagePullPolicy':'IfNotPresent','ports':[{'containerPort':80,'protocol':'TCP'}]},"
      + "{'name':'sidecar','image':'busybox','args':['sleep','1d']}],"
      + "'restartPolicy':'Always'}}},'status':{'replicas':1}}";
  private static final String POD_P8 = "{'apiVersion':'v1','kind':'Pod','metadata':{'name':'p8',"
      + "'resourceVersion':'109'},'spec':{'containers':[{'name':'c','image':'busybox'}]},"
      + "'status':{'phase':'Running'}}";
  private static final String SCALE_WEB = "{'apiVersion':'autoscaling/v1','kind':'Scale',"
      + "'metadata':{'name':'web','resourceVersion':'200'},'spec':{'replicas':1},"
      + "'status':{'replicas':1,'selector':'app=web'}}";

  static Stream<Arguments> capturedBodies() {
    return Stream.of(
        arguments("kubectl label cm bar x=y", MERGE, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}",
            Map.of("/metadata/labels", "{'x':'y'}")),
        arguments("kubectl label cm bar x-", MERGE, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"metadata\":{\"labels\":{\"x\":null}}}", Map.of("/metadata/labels", "{}")),
        arguments("kubectl annotate cm bar note=hello", MERGE, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"metadata\":{\"annotations\":{\"note\":\"hello\"}}}",
            Map.of("/metadata/annotations", "{'note':'hello'}", "/metadata/labels", "{'x':'old'}")),
        arguments("kubectl patch --type=merge", MERGE, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"data\":{\"k\":\"v\"}}",
            Map.of("/data", "{'key1':'value1','key2':'value2','k':'v'}")),
        arguments("kubectl patch --type=json", JSON, CONFIG_MAP, CONFIG_MAP_BAR,
            "[{\"op\":\"add\",\"path\":\"/data/j\",\"value\":\"1\"}]",
            Map.of("/data", "{'key1':'value1','key2':'value2','j':'1'}")),
        arguments("kubectl patch (strategic by default)", SMP, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"data\":{\"s\":\"2\"}}",
            Map.of("/data", "{'key1':'value1','key2':'value2','s':'2'}")),
        arguments("kubectl edit cm bar", SMP, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"data\":{\"key1\":\"edited\"}}",
            Map.of("/data", "{'key1':'edited','key2':'value2'}")),
        arguments("kubectl apply --dry-run=server removing key2", SMP, CONFIG_MAP,
            CONFIG_MAP_BAR, "{\"data\":{\"key1\":\"value1\",\"key2\":null},\"metadata\":"
                + "{\"annotations\":{\"" + LAST_APPLIED + "\":\"{...}\\n\"}}}",
            Map.of("/data", "{'key1':'value1'}",
                "/metadata/annotations", "{'" + LAST_APPLIED + "':'{...}\\n'}")),
        arguments("kubectl apply -f deploy2.yaml (image change)", SMP, DEPLOYMENT,
            DEPLOYMENT_WEB, "{\"metadata\":{\"annotations\":{\"" + LAST_APPLIED
                + "\":\"{...}\\n\"}},\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/"
                + "containers\":[{\"name\":\"nginx\"}],\"containers\":[{\"image\":\"nginx:1.28\","
                + "\"name\":\"nginx\"}]}}}}",
            Map.of("/spec/template/spec/containers/0", "{'name':'nginx','image':'nginx:1.28',"
                    + "'imagePullPolicy':'IfNotPresent',"
                    + "'ports':[{'containerPort':80,'protocol':'TCP'}]}",
                "/spec/template/spec/containers/1/name", "'sidecar'",
                "/metadata/annotations", "{'deployment.kubernetes.io/revision':'1',"
                    + "'" + LAST_APPLIED + "':'{...}\\n'}")),
        arguments("fabric8 edit() locks on resourceVersion", JSON, CONFIG_MAP, CONFIG_MAP_BAR,
            "[{\"op\":\"add\",\"path\":\"/metadata/resourceVersion\",\"value\":\"101\"},"
                + "{\"op\":\"add\",\"path\":\"/data/b\",\"value\":\"2\"}]",
            Map.of("/metadata/resourceVersion", "'101'", "/data/b", "'2'")),
        arguments("fabric8 editStatus()", JSON, POD, POD_P8,
            "[{\"op\":\"add\",\"path\":\"/metadata/resourceVersion\",\"value\":\"109\"},"
                + "{\"op\":\"add\",\"path\":\"/status/message\",\"value\":\"hi\"}]",
            Map.of("/status", "{'phase':'Running','message':'hi'}")),
        arguments("official client PatchUtils merge patch", MERGE, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"data\":{\"c\":\"3\"}}", Map.of("/data/c", "'3'")),
        arguments("kubectl migrateToSSA", JSON, CONFIG_MAP, CONFIG_MAP_BAR,
            "[{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"100\"},"
                + "{\"op\":\"replace\",\"path\":\"/metadata/managedFields\",\"value\":"
                + "[{\"manager\":\"kubectl\",\"operation\":\"Apply\"}]}]",
            Map.of("/metadata/managedFields", "[{'manager':'kubectl','operation':'Apply'}]")));
  }

  static Stream<Arguments> computedBodies() {
    return Stream.of(
        arguments("kubectl rollout restart", SMP, DEPLOYMENT, DEPLOYMENT_WEB,
            "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"kubectl.kubernetes.io/"
                + "restartedAt\":\"2025-11-27T01:00:00Z\"}}}}}",
            Map.of("/spec/template/metadata", "{'labels':{'app':'web'},'annotations':"
                + "{'kubectl.kubernetes.io/restartedAt':'2025-11-27T01:00:00Z'}}")),
        arguments("kubectl scale (merge patch on /scale)", MERGE, SCALE, SCALE_WEB,
            "{\"spec\":{\"replicas\":3}}", Map.of("/spec", "{'replicas':3}")),
        arguments("kubectl apply adding env to one container", SMP, DEPLOYMENT, DEPLOYMENT_WEB,
            "{\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":[{\"name\":"
                + "\"nginx\"},{\"name\":\"sidecar\"}],\"containers\":[{\"env\":[{\"name\":\"A\","
                + "\"value\":\"1\"}],\"name\":\"nginx\"}]}}}}",
            Map.of("/spec/template/spec/containers/0/env", "[{'name':'A','value':'1'}]",
                "/spec/template/spec/containers/1/name", "'sidecar'")),
        arguments("kubectl apply adding a container in the middle", SMP, DEPLOYMENT,
            DEPLOYMENT_WEB, "{\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":"
                + "[{\"name\":\"nginx\"},{\"name\":\"log\"},{\"name\":\"sidecar\"}],\"containers\":"
                + "[{\"image\":\"fluentd\",\"name\":\"log\"}]}}}}",
            Map.of("/spec/template/spec/containers/0/name", "'nginx'",
                "/spec/template/spec/containers/1", "{'image':'fluentd','name':'log'}",
                "/spec/template/spec/containers/2/name", "'sidecar'")),
        arguments("kubectl apply removing a container", SMP, DEPLOYMENT, DEPLOYMENT_WEB,
            "{\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":[{\"name\":"
                + "\"nginx\"}],\"containers\":[{\"$patch\":\"delete\",\"name\":\"sidecar\"}]}}}}",
            Map.of("/spec/template/spec/containers/0/name", "'nginx'",
                "/spec/template/spec/containers/1", "null")),
        arguments("kubectl apply switching to the Recreate strategy", SMP, DEPLOYMENT,
            DEPLOYMENT_WEB, "{\"spec\":{\"strategy\":{\"$retainKeys\":[\"type\"],"
                + "\"rollingUpdate\":null,\"type\":\"Recreate\"}}}",
            Map.of("/spec/strategy", "{'type':'Recreate'}")),
        arguments("kubectl apply dropping a finalizer", SMP, CONFIG_MAP, CONFIG_MAP_BAR,
            "{\"metadata\":{\"$deleteFromPrimitiveList/finalizers\":[\"example.com/a\"],"
                + "\"$setElementOrder/finalizers\":[\"example.com/b\"]}}",
            Map.of("/metadata/finalizers", "['example.com/b']")),
        arguments("kubectl edit changing a container port", SMP, DEPLOYMENT, DEPLOYMENT_WEB,
            "{\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":[{\"name\":"
                + "\"nginx\"},{\"name\":\"sidecar\"}],\"containers\":[{\"$setElementOrder/ports\":"
                + "[{\"containerPort\":8080}],\"name\":\"nginx\",\"ports\":[{\"containerPort\":"
                + "8080,\"protocol\":\"TCP\"},{\"$patch\":\"delete\",\"containerPort\":80}]}]}}}}",
            Map.of("/spec/template/spec/containers/0/ports",
                "[{'containerPort':8080,'protocol':'TCP'}]")),
        arguments("kubectl edit removing an arg (a list without strategy)", SMP, DEPLOYMENT,
            DEPLOYMENT_WEB, "{\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":"
                + "[{\"name\":\"nginx\"},{\"name\":\"sidecar\"}],\"containers\":[{\"args\":"
                + "[\"sleep\"],\"name\":\"sidecar\"}]}}}}",
            Map.of("/spec/template/spec/containers/1/args", "['sleep']")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"capturedBodies", "computedBodies"})
  void appliesWhatClientsSend(String name, String contentType, PatchTarget target,
      String current, String patch, Map<String, String> expected) {
    ObjectNode result = Patches.apply(contentType, object(current), raw(patch), target);

    expected.forEach((pointer, value) -> {
      JsonNode actual = result.at(pointer);
      assertThat(actual.isMissingNode() ? json("null") : actual).as(pointer)
          .isEqualTo(json(value));
    });
    assertThat(result.toString()).doesNotContain("$setElementOrder", "$patch", "$retainKeys",
        "$deleteFromPrimitiveList");
  }

  @Test
  void migrateToSsaFailsWhenTheObjectChangedInBetween() {
    Status status = failure(() -> Patches.apply(JSON, object(CONFIG_MAP_BAR),
        raw("[{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"99\"},"
            + "{\"op\":\"replace\",\"path\":\"/metadata/managedFields\",\"value\":[]}]"),
        CONFIG_MAP));

    assertThat(status.code()).isEqualTo(422);
  }
}
