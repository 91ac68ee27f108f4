package io.kubesim.simulator.patch;

import static io.kubesim.simulator.patch.PatchFixtures.CONFIG_MAP;
import static io.kubesim.simulator.patch.PatchFixtures.DEPLOYMENT;
import static io.kubesim.simulator.patch.PatchFixtures.POD;
import static io.kubesim.simulator.patch.PatchFixtures.body;
import static io.kubesim.simulator.patch.PatchFixtures.failure;
import static io.kubesim.simulator.patch.PatchFixtures.object;
import static io.kubesim.simulator.patch.PatchFixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.status.Status;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The failures of strategic merge patch, with upstream's codes and texts. */
class StrategicMergePatchErrorTest {

  private static final String SMP = "application/strategic-merge-patch+json";
  private static final String POD_WITH_CONTAINER =
      "{'metadata':{'name':'p','finalizers':['a']},'spec':{'containers':[{'name':'c'}]}}";

  static Stream<Arguments> badRequests() {
    return Stream.of(
        arguments("malformed JSON, without the prefix JSON patches get", "{'data':",
            "unexpected end of JSON input"),
        arguments("a stray character", "{'data':x}",
            "invalid character 'x' looking for beginning of value"),
        arguments("a list instead of an object", "[{'data':{}}]",
            "json: cannot unmarshal array into Go value of type map[string]interface {}"),
        arguments("$retainKeys that is no list", "{'spec':{'$retainKeys':'x'}}",
            "invalid patch format of retainKeys"),
        arguments("a patched key missing from $retainKeys",
            "{'spec':{'$retainKeys':['containers'],'hostname':'h'}}",
            "invalid patch format of retainKeys"),
        arguments("$setElementOrder without a list name",
            "{'spec':{'$setElementOrder':[{'name':'c'}]}}",
            "invalid patch format of setElementOrder list"),
        arguments("$deleteFromPrimitiveList with another suffix",
            "{'metadata':{'$deleteFromPrimitiveListX/finalizers':['a']}}",
            "invalid patch format of primitive list"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void rejectsMalformedPatchesWith400(String name, String patch, String message) {
    Status status = failure(() ->
        Patches.apply(SMP, object(POD_WITH_CONTAINER), body(patch), POD));

    assertThat(status.code()).isEqualTo(400);
    assertThat(status.reason()).isEqualTo("BadRequest");
    assertThat(status.message()).isEqualTo(message);
  }

  static Stream<Arguments> plainErrors() {
    return Stream.of(
        arguments("an element without its merge key",
            "{'spec':{'containers':[{'image':'nginx'}]}}",
            "map: map[image:nginx] does not contain declared merge key: name"),
        arguments("a delete directive without the merge key",
            "{'spec':{'containers':[{'$patch':'delete','image':'x'}]}}",
            "map: map[$patch:delete image:x] does not contain declared merge key: name"),
        arguments("$patch: merge inside a list",
            "{'spec':{'containers':[{'$patch':'merge','name':'c'}]}}",
            "merging lists cannot yet be specified in the patch"),
        arguments("an unknown $patch in a list",
            "{'spec':{'containers':[{'$patch':'drop','name':'c','n':1}]}}",
            "unknown patch type: drop in map: map[$patch:drop n:1 name:c]"),
        arguments("an unknown $patch in a map", "{'spec':{'$patch':7}}",
            "unknown patch type: %!s(int64=7) in map: map[$patch:7]"),
        arguments("mixed element types", "{'metadata':{'finalizers':[{'a':1.5}]}}",
            "list element types are not identical: [[a] [map[a:1.5]]]"),
        arguments("a $setElementOrder that is no list",
            "{'spec':{'$setElementOrder/containers':'c'}}",
            "expected a []interface {}, but received a string"),
        arguments("a $setElementOrder missing a patched element",
            "{'spec':{'$setElementOrder/containers':[{'name':'c'}],"
                + "'containers':[{'name':'d'}]}}",
            "The order in patch list:\n[map[name:d]]\n doesn't match $setElementOrder list:\n"
                + "[map[name:c]]\n"),
        arguments("a $setElementOrder element without merge key",
            "{'spec':{'$setElementOrder/containers':[{'image':'c'}],"
                + "'containers':[{'name':'c'}]}}",
            "map: map[image:c] does not contain declared merge key: name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainErrors")
  void answersUpstreamsPlainErrorsWith500WithoutReason(String name, String patch,
      String message) {
    Status status = failure(() ->
        Patches.apply(SMP, object(POD_WITH_CONTAINER), body(patch), POD));

    assertThat(status.code()).isEqualTo(500);
    assertThat(status.reason()).isEmpty();
    assertThat(status.message()).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listsOfLists")
  void hidesListsOfListsBehindTheGeneric422(String name, String original, String patch) {
    Status status = failure(() ->
        Patches.apply(SMP, object(original), body(patch), CONFIG_MAP));

    assertThat(status.code()).isEqualTo(422);
    assertThat(status.reason()).isEqualTo("Invalid");
    assertThat(status.message())
        .isEqualTo("the server rejected our request due to an error in our request");
  }

  static Stream<Arguments> listsOfLists() {
    return Stream.of(
        arguments("a merge list whose patch holds a list", "{'metadata':{'finalizers':[]}}",
            "{'metadata':{'finalizers':[['a']]}}"),
        arguments("a merge list whose live value holds a list",
            "{'metadata':{'finalizers':[['a']]}}", "{'metadata':{'finalizers':['b']}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("customResourceTargets")
  void refusesStrategicMergePatchForCustomResourcesWith415(String name, PatchTarget target) {
    Status status = failure(() -> Patches.apply(PatchType.STRATEGIC_MERGE_PATCH,
        object("{}"), raw("{}"), target));

    assertThat(status.code()).isEqualTo(415);
    assertThat(status.message()).isEqualTo("the body of the request was in an unknown format -"
        + " accepted media types include: application/json-patch+json,"
        + " application/merge-patch+json, application/apply-patch+yaml");
  }

  static Stream<Arguments> customResourceTargets() {
    return Stream.of(arguments("a custom resource", PatchFixtures.CUSTOM_RESOURCE),
        arguments("a built-in kind flagged as custom",
            PatchTarget.customResource(DEPLOYMENT.gvk())));
  }
}
