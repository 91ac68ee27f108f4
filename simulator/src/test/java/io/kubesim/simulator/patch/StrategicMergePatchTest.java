package io.kubesim.simulator.patch;

import static io.kubesim.simulator.patch.PatchFixtures.CONFIG_MAP;
import static io.kubesim.simulator.patch.PatchFixtures.DEPLOYMENT;
import static io.kubesim.simulator.patch.PatchFixtures.POD;
import static io.kubesim.simulator.patch.PatchFixtures.body;
import static io.kubesim.simulator.patch.PatchFixtures.json;
import static io.kubesim.simulator.patch.PatchFixtures.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strategic merge patch semantics, after the cases of upstream's strategicpatch tests, expressed
 * on real kinds so that the merge keys come from patch-strategies.json.
 */
class StrategicMergePatchTest {

  private static final String SMP = "application/strategic-merge-patch+json";
  private static final PatchTarget SERVICE =
      PatchTarget.builtIn(new GroupVersionKind("", "v1", "Service"));
  private static final PatchTarget PDB =
      PatchTarget.builtIn(new GroupVersionKind("policy", "v1", "PodDisruptionBudget"));
  private static final PatchTarget CRON_JOB =
      PatchTarget.builtIn(new GroupVersionKind("batch", "v1", "CronJob"));

  static Stream<Arguments> mapsAndPlainLists() {
    return Stream.of(
        arguments("maps merge and null deletes", CONFIG_MAP,
            "{'data':{'a':'1','b':'2'}}", "{'data':{'b':null,'c':'3'}}",
            "{'data':{'a':'1','c':'3'}}"),
        arguments("kinds without strategies merge like JSON merge patch", CONFIG_MAP,
            "{'data':{'a':'1'},'binaryData':{'x':'eA=='}}", "{'binaryData':null}",
            "{'data':{'a':'1'}}"),
        arguments("null for a missing key is ignored", CONFIG_MAP,
            "{'data':{'a':'1'}}", "{'metadata':null}", "{'data':{'a':'1'}}"),
        arguments("nulls inside a new value are discarded", CONFIG_MAP,
            "{'data':{'a':'1'}}", "{'metadata':{'labels':{'x':'y','z':null}}}",
            "{'data':{'a':'1'},'metadata':{'labels':{'x':'y'}}}"),
        arguments("$patch: replace replaces a map", CONFIG_MAP,
            "{'data':{'a':'1','b':'2'}}", "{'data':{'$patch':'replace','c':'3'}}",
            "{'data':{'c':'3'}}"),
        arguments("$patch: delete empties a map", POD,
            "{'spec':{'securityContext':{'runAsUser':1}}}",
            "{'spec':{'securityContext':{'$patch':'delete'}}}", "{'spec':{'securityContext':{}}}"),
        arguments("lists without a strategy are replaced", POD,
            "{'spec':{'tolerations':[{'key':'a'},{'key':'b'}]}}",
            "{'spec':{'tolerations':[{'key':'c'}]}}", "{'spec':{'tolerations':[{'key':'c'}]}}"),
        arguments("scalar lists without a strategy are replaced", POD,
            "{'spec':{'containers':[{'name':'c','args':['a','b']}]}}",
            "{'spec':{'containers':[{'name':'c','args':['b']}]}}",
            "{'spec':{'containers':[{'name':'c','args':['b']}]}}"),
        arguments("a value of another type replaces", CONFIG_MAP,
            "{'data':{'a':'1'}}", "{'data':['x']}", "{'data':['x']}"),
        arguments("the replace strategy replaces a map (PDB selector)", PDB,
            "{'spec':{'selector':{'matchLabels':{'a':'1'}}}}",
            "{'spec':{'selector':{'matchExpressions':[{'key':'b','operator':'Exists'}]}}}",
            "{'spec':{'selector':{'matchExpressions':[{'key':'b','operator':'Exists'}]}}}"));
  }

  static Stream<Arguments> listsMergedByKey() {
    return Stream.of(
        arguments("a container is updated by name, the others stay", POD,
            "{'spec':{'containers':[{'name':'a','image':'x:1'},{'name':'b','image':'y:1'}]}}",
            "{'spec':{'containers':[{'name':'b','image':'y:2'}]}}",
            "{'spec':{'containers':[{'name':'a','image':'x:1'},{'name':'b','image':'y:2'}]}}"),
        // upstream puts patch items before live-only items it cannot place by live position;
        // this is why kubectl apply and edit always send $setElementOrder
        arguments("a new container comes before the live ones", POD,
            "{'spec':{'containers':[{'name':'a','image':'x'}]}}",
            "{'spec':{'containers':[{'name':'b','image':'y'}]}}",
            "{'spec':{'containers':[{'name':'b','image':'y'},{'name':'a','image':'x'}]}}"),
        arguments("patch items come in patch order, interleaved with live-only items", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'b'},{'name':'c'}]}}",
            "{'spec':{'containers':[{'name':'c','image':'z'},{'name':'a','image':'x'}]}}",
            "{'spec':{'containers':[{'name':'b'},{'name':'c','image':'z'},"
                + "{'name':'a','image':'x'}]}}"),
        arguments("$patch: delete removes an element by key", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}",
            "{'spec':{'containers':[{'name':'a','$patch':'delete'}]}}",
            "{'spec':{'containers':[{'name':'b'}]}}"),
        arguments("$patch: delete of a missing element is a no-op", POD,
            "{'spec':{'containers':[{'name':'a'}]}}",
            "{'spec':{'containers':[{'name':'zz','$patch':'delete'}]}}",
            "{'spec':{'containers':[{'name':'a'}]}}"),
        arguments("$patch: replace in a list replaces the list", POD,
            "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'b'}]}}",
            "{'spec':{'containers':[{'name':'c','image':'z'},{'$patch':'replace'}]}}",
            "{'spec':{'containers':[{'name':'c','image':'z'}]}}"),
        arguments("env and volumeMounts merge inside a container", POD,
            "{'spec':{'containers':[{'name':'a','env':[{'name':'X','value':'1'},"
                + "{'name':'Y','value':'2'}],'volumeMounts':[{'name':'v','mountPath':'/v'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'Y','value':'3'}],"
                + "'volumeMounts':[{'name':'w','mountPath':'/w'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'X','value':'1'},"
                + "{'name':'Y','value':'3'}],'volumeMounts':[{'name':'w','mountPath':'/w'},"
                + "{'name':'v','mountPath':'/v'}]}]}}"),
        arguments("a null inside a merged element deletes that field", POD,
            "{'spec':{'containers':[{'name':'a','image':'x','command':['sh']}]}}",
            "{'spec':{'containers':[{'name':'a','command':null}]}}",
            "{'spec':{'containers':[{'name':'a','image':'x'}]}}"),
        arguments("container ports merge by containerPort", POD,
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'name':'http'}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'name':'web'},"
                + "{'containerPort':443}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80,'name':'web'},"
                + "{'containerPort':443}]}]}}"),
        arguments("an integer key never matches a float key", POD,
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80.0,'name':'f'}]}]}}",
            "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':80.0,'name':'f'},"
                + "{'containerPort':80}]}]}}"),
        arguments("service ports merge by port", SERVICE,
            "{'spec':{'ports':[{'port':80,'targetPort':8080},{'port':443}]}}",
            "{'spec':{'ports':[{'port':80,'targetPort':9090}]}}",
            "{'spec':{'ports':[{'port':80,'targetPort':9090},{'port':443}]}}"),
        arguments("ownerReferences merge by uid", CONFIG_MAP,
            "{'metadata':{'ownerReferences':[{'uid':'1','name':'a'}]}}",
            "{'metadata':{'ownerReferences':[{'uid':'2','name':'b'}]}}",
            "{'metadata':{'ownerReferences':[{'uid':'2','name':'b'},{'uid':'1','name':'a'}]}}"),
        arguments("status conditions merge by type", DEPLOYMENT,
            "{'status':{'conditions':[{'type':'Available','status':'False'},"
                + "{'type':'Progressing','status':'True'}]}}",
            "{'status':{'conditions':[{'type':'Available','status':'True'}]}}",
            "{'status':{'conditions':[{'type':'Available','status':'True'},"
                + "{'type':'Progressing','status':'True'}]}}"),
        arguments("the pod template of a CronJob is found through jobTemplate", CRON_JOB,
            "{'spec':{'jobTemplate':{'spec':{'template':{'spec':{'containers':"
                + "[{'name':'a'},{'name':'b'}]}}}}}}",
            "{'spec':{'jobTemplate':{'spec':{'template':{'spec':{'containers':"
                + "[{'name':'b','image':'y'}]}}}}}}",
            "{'spec':{'jobTemplate':{'spec':{'template':{'spec':{'containers':"
                + "[{'name':'a'},{'name':'b','image':'y'}]}}}}}}"),
        arguments("a new list is taken without its $patch elements", POD,
            "{'spec':{}}",
            "{'spec':{'initContainers':[{'name':'a'},{'name':'b','$patch':'delete'}]}}",
            "{'spec':{'initContainers':[{'name':'a'}]}}"));
  }

  static Stream<Arguments> primitiveListsAndDirectives() {
    return Stream.of(
        arguments("finalizers merge as a set", CONFIG_MAP,
            "{'metadata':{'finalizers':['a','b']}}", "{'metadata':{'finalizers':['c','a']}}",
            "{'metadata':{'finalizers':['c','a','b']}}"),
        arguments("$deleteFromPrimitiveList removes values", CONFIG_MAP,
            "{'metadata':{'finalizers':['a','b','c']}}",
            "{'metadata':{'$deleteFromPrimitiveList/finalizers':['b','x']}}",
            "{'metadata':{'finalizers':['a','c']}}"),
        arguments("$deleteFromPrimitiveList on a missing list adds nothing", CONFIG_MAP,
            "{'metadata':{'name':'x'}}",
            "{'metadata':{'$deleteFromPrimitiveList/finalizers':['b']}}",
            "{'metadata':{'name':'x'}}"),
        arguments("$deleteFromPrimitiveList deletes even from lists without strategy", POD,
            "{'spec':{'containers':[{'name':'a','args':['x','y']}]}}",
            "{'spec':{'containers':[{'name':'a','$deleteFromPrimitiveList/args':['x']}]}}",
            "{'spec':{'containers':[{'name':'a','args':['y']}]}}"),
        arguments("$setElementOrder reorders merged elements", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'b'},{'name':'c'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'c'},{'name':'a'},{'name':'b'}],"
                + "'containers':[{'name':'a','image':'x'}]}}",
            "{'spec':{'containers':[{'name':'c'},{'name':'a','image':'x'},{'name':'b'}]}}"),
        arguments("$setElementOrder alone reorders without changing", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'b'},{'name':'a'}]}}",
            "{'spec':{'containers':[{'name':'b'},{'name':'a'}]}}"),
        arguments("$setElementOrder keeps live-only elements before later-placed ones", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'x'},{'name':'b'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'b'},{'name':'a'}]}}",
            "{'spec':{'containers':[{'name':'x'},{'name':'b'},{'name':'a'}]}}"),
        arguments("$setElementOrder orders finalizers", CONFIG_MAP,
            "{'metadata':{'finalizers':['a','b']}}",
            "{'metadata':{'$setElementOrder/finalizers':['b','c','a'],'finalizers':['c']}}",
            "{'metadata':{'finalizers':['b','c','a']}}"),
        arguments("$setElementOrder for a list the object lacks", POD,
            "{'spec':{}}",
            "{'spec':{'$setElementOrder/volumes':[{'name':'v'}],"
                + "'volumes':[{'name':'v','emptyDir':{}}]}}",
            "{'spec':{'volumes':[{'name':'v','emptyDir':{}}]}}"),
        arguments("$retainKeys clears live keys it does not list", DEPLOYMENT,
            "{'spec':{'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':1}}}}",
            "{'spec':{'strategy':{'$retainKeys':['type'],'type':'Recreate',"
                + "'rollingUpdate':null}}}",
            "{'spec':{'strategy':{'type':'Recreate'}}}"),
        arguments("$retainKeys switches a volume's source", POD,
            "{'spec':{'volumes':[{'name':'v','emptyDir':{}},{'name':'w','emptyDir':{}}]}}",
            "{'spec':{'volumes':[{'$retainKeys':['configMap','name'],'name':'v',"
                + "'configMap':{'name':'cfg'},'emptyDir':null}]}}",
            "{'spec':{'volumes':[{'name':'v','configMap':{'name':'cfg'}},"
                + "{'name':'w','emptyDir':{}}]}}"),
        arguments("directives never reach the stored object", POD,
            "{'spec':{'containers':[{'name':'a'}],'tolerations':[{'key':'a'}]}}",
            "{'spec':{'containers':[{'name':'a','$setElementOrder/env':[{'name':'E'}],"
                + "'env':[{'name':'E','value':'1'}]}],'tolerations':[{'key':'k',"
                + "'$patch':'delete','value':null}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'E','value':'1'}]}],"
                + "'tolerations':[{'key':'k'}]}}"),
        arguments("a new replace-strategy list loses elements carrying $patch", POD,
            "{'spec':{}}", "{'spec':{'tolerations':[{'key':'a'},{'key':'k','$patch':'delete'}]}}",
            "{'spec':{'tolerations':[{'key':'a'}]}}"));
  }

  /** Ordering and deletion rules pinned down by upstream's strategicpatch tests. */
  static Stream<Arguments> orderingAndDeletion() {
    return Stream.of(
        arguments("live-only items go first when the patch names the others", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'b','image':'b'},{'name':'c'}]}}",
            "{'spec':{'containers':[{'name':'c','image':'c'},{'name':'a','image':'a'}]}}",
            "{'spec':{'containers':[{'name':'b','image':'b'},{'name':'c','image':'c'},"
                + "{'name':'a','image':'a'}]}}"),
        arguments("patch order wins for scalars too", CONFIG_MAP,
            "{'metadata':{'finalizers':['a','b','c']}}", "{'metadata':{'finalizers':['c','a']}}",
            "{'metadata':{'finalizers':['b','c','a']}}"),
        arguments("$setElementOrder places new items among live ones", POD,
            "{'spec':{'containers':[{'name':'one','image':'x'},{'name':'two'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'four'},{'name':'one'},"
                + "{'name':'two'},{'name':'three'}],'containers':[{'name':'four'},"
                + "{'name':'three'}]}}",
            "{'spec':{'containers':[{'name':'four'},{'name':'one','image':'x'},{'name':'two'},"
                + "{'name':'three'}]}}"),
        arguments("$setElementOrder may name items the list does not have", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'c'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'c'},{'name':'b'},{'name':'a'}],"
                + "'containers':[{'name':'c','image':'c'},{'name':'a','image':'a'}]}}",
            "{'spec':{'containers':[{'name':'c','image':'c'},{'name':'a','image':'a'}]}}"),
        arguments("deleting a missing item still orders the added one", POD,
            "{'spec':{'containers':[{'name':'live'}]}}",
            "{'spec':{'$setElementOrder/containers':[{'name':'new'},{'name':'gone'}],"
                + "'containers':[{'name':'new'},{'$patch':'delete','name':'gone'}]}}",
            "{'spec':{'containers':[{'name':'new'},{'name':'live'}]}}"),
        arguments("scalars added and deleted under $setElementOrder", CONFIG_MAP,
            "{'metadata':{'finalizers':['a','b','c','d']}}",
            "{'metadata':{'$setElementOrder/finalizers':['a','b','e'],"
                + "'$deleteFromPrimitiveList/finalizers':['c'],'finalizers':['e']}}",
            "{'metadata':{'finalizers':['a','b','e','d']}}"),
        arguments("$patch: delete removes every duplicate", POD,
            "{'spec':{'containers':[{'name':'a','env':[{'name':'X'},{'name':'X'},"
                + "{'name':'Y','value':'y'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'X','$patch':'delete'}]}]}}",
            "{'spec':{'containers':[{'name':'a','env':[{'name':'Y','value':'y'}]}]}}"),
        arguments("$patch: replace alone empties a merge list", POD,
            "{'spec':{'containers':[{'name':'a'},{'name':'b'}]}}",
            "{'spec':{'containers':[{'$patch':'replace'}]}}", "{'spec':{'containers':[]}}"),
        arguments("empty merge lists stay empty", CONFIG_MAP,
            "{'metadata':{'finalizers':[]}}", "{'metadata':{'finalizers':[]}}",
            "{'metadata':{'finalizers':[]}}"),
        arguments("a retainKeys map merges when no directive is sent", DEPLOYMENT,
            "{'spec':{'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':1}}}}",
            "{'spec':{'strategy':{'rollingUpdate':{'maxSurge':2}}}}",
            "{'spec':{'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':2}}}}"),
        arguments("a null patch changes nothing", CONFIG_MAP, "{'data':{'a':'1'}}", "null",
            "{'data':{'a':'1'}}"),
        arguments("nulls the live object already has are kept", DEPLOYMENT,
            "{'spec':{'replicas':1,'template':{'metadata':{'creationTimestamp':null}}}}",
            "{'spec':{'replicas':2}}",
            "{'spec':{'replicas':2,'template':{'metadata':{'creationTimestamp':null}}}}"),
        arguments("a new map carrying $patch is not stored at all", POD,
            "{'spec':{}}", "{'spec':{'securityContext':{'$patch':'replace','runAsUser':1}}}",
            "{'spec':{}}"),
        arguments("nulls in stored-as-sent patch values are dropped", POD,
            "{'spec':{'containers':[{'name':'a'}],'tolerations':[],"
                + "'securityContext':{'runAsUser':1}}}",
            "{'spec':{'containers':[{'name':'b','image':null}],'tolerations':[{'key':'k',"
                + "'value':null}],'securityContext':{'$patch':'replace','runAsUser':null}}}",
            "{'spec':{'containers':[{'name':'b'},{'name':'a'}],'tolerations':[{'key':'k'}],"
                + "'securityContext':{}}}"),
        arguments("$patch: delete at the top empties the object", CONFIG_MAP,
            "{'data':{'a':'1'}}", "{'$patch':'delete'}", "{}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"mapsAndPlainLists", "listsMergedByKey", "primitiveListsAndDirectives",
      "orderingAndDeletion"})
  void mergesLikeUpstream(String name, PatchTarget target, String original, String patch,
      String expected) {
    ObjectNode result = Patches.apply(SMP, object(original), body(patch), target);

    assertThat(result).isEqualTo(json(expected));
    assertThat(result.toString()).isEqualTo(json(expected).toString());
  }
}
