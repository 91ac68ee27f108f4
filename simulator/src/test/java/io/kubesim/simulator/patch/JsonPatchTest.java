package io.kubesim.simulator.patch;

import static io.kubesim.simulator.patch.PatchFixtures.CONFIG_MAP;
import static io.kubesim.simulator.patch.PatchFixtures.CUSTOM_RESOURCE;
import static io.kubesim.simulator.patch.PatchFixtures.body;
import static io.kubesim.simulator.patch.PatchFixtures.failure;
import static io.kubesim.simulator.patch.PatchFixtures.json;
import static io.kubesim.simulator.patch.PatchFixtures.object;
import static io.kubesim.simulator.patch.PatchFixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.Status;
import io.kubesim.admission.status.StatusCause;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonPatchTest {

  private static final String JSON_PATCH = "application/json-patch+json";
  private static final String CURRENT =
      "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'1','n':3},'list':[1,2]}";

  static Stream<Arguments> operations() {
    return Stream.of(
        arguments("add sets a member", "[{'op':'add','path':'/data/b','value':'2'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'1','n':3,'b':'2'},"
                + "'list':[1,2]}"),
        arguments("add inserts into an array", "[{'op':'add','path':'/list/1','value':9}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'1','n':3},"
                + "'list':[1,9,2]}"),
        arguments("add appends with -", "[{'op':'add','path':'/list/-','value':9}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'1','n':3},"
                + "'list':[1,2,9]}"),
        arguments("add without value adds null, as upstream's library does",
            "[{'op':'add','path':'/data/b'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'1','n':3,'b':null},"
                + "'list':[1,2]}"),
        arguments("remove deletes a member", "[{'op':'remove','path':'/data/a'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'n':3},'list':[1,2]}"),
        arguments("replace changes a member", "[{'op':'replace','path':'/data/a','value':'x'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'x','n':3},"
                + "'list':[1,2]}"),
        arguments("move renames a member", "[{'op':'move','from':'/data/a','path':'/data/c'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'n':3,'c':'1'},"
                + "'list':[1,2]}"),
        arguments("copy duplicates a member", "[{'op':'copy','from':'/data/a','path':'/data/c'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'1','n':3,'c':'1'},"
                + "'list':[1,2]}"),
        arguments("a passing test lets later operations run",
            "[{'op':'test','path':'/data/n','value':3},{'op':'remove','path':'/list'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},'data':{'a':'1','n':3}}"),
        arguments("~1 escapes a slash in a key",
            "[{'op':'add','path':'/data/example.com~1key','value':'v'}]",
            "{'metadata':{'name':'bar','resourceVersion':'7'},"
                + "'data':{'a':'1','n':3,'example.com/key':'v'},'list':[1,2]}"),
        arguments("an empty patch changes nothing", "[]", CURRENT),
        arguments("a null patch changes nothing", "null", CURRENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void appliesRfc6902Operations(String name, String patch, String expected) {
    ObjectNode result = Patches.apply(JSON_PATCH, object(CURRENT), body(patch), CONFIG_MAP);

    assertThat(result).isEqualTo(json(expected));
  }

  static Stream<Arguments> operationsThatDoNotApply() {
    return Stream.of(
        arguments("a failed test", "[{'op':'test','path':'/data/a','value':'2'}]"),
        arguments("a test of a missing path", "[{'op':'test','path':'/nope','value':'x'}]"),
        arguments("remove of a missing key", "[{'op':'remove','path':'/data/zz'}]"),
        arguments("replace of a missing key", "[{'op':'replace','path':'/data/zz','value':1}]"),
        arguments("add below a missing parent", "[{'op':'add','path':'/zz/a','value':1}]"),
        arguments("an index past the end", "[{'op':'add','path':'/list/5','value':1}]"),
        arguments("a key on an array", "[{'op':'add','path':'/list/x','value':1}]"),
        arguments("a path without leading slash", "[{'op':'add','path':'data','value':1}]"),
        arguments("move from a missing path", "[{'op':'move','from':'/zz','path':'/a'}]"),
        arguments("an unknown op", "[{'op':'merge','path':'/data','value':{}}]"),
        arguments("an operation without op", "[{'path':'/data/a'}]"),
        arguments("a null operation", "[null]"),
        arguments("a later failure after a success",
            "[{'op':'add','path':'/data/b','value':'2'},"
                + "{'op':'test','path':'/data/b','value':3}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsThatDoNotApply")
  void answersOperationsThatDoNotApplyWithTheGeneric422(String name, String patch) {
    Status status = failure(() ->
        Patches.apply(JSON_PATCH, object(CURRENT), body(patch), CUSTOM_RESOURCE));

    assertThat(status.code()).isEqualTo(422);
    assertThat(status.reason()).isEqualTo("Invalid");
    assertThat(status.message())
        .isEqualTo("the server rejected our request due to an error in our request");
    assertThat(status.details().isEmpty()).isTrue();
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        arguments("not JSON", "[{\"op\":", "error decoding patch: unexpected end of JSON input"),
        arguments("a stray character", "[x]",
            "error decoding patch: invalid character 'x' looking for beginning of value"),
        arguments("an object instead of a list", "{\"op\":\"add\"}", "error decoding patch: json:"
            + " cannot unmarshal object into Go value of type []handlers.jsonPatchOp"),
        arguments("a number as operation", "[1]", "error decoding patch: json: cannot unmarshal"
            + " number into Go value of type handlers.jsonPatchOp"),
        arguments("a number as op", "[{\"op\":1,\"path\":\"/a\"}]", "error decoding patch: json:"
            + " cannot unmarshal number into Go struct field jsonPatchOp.op of type string"),
        arguments("an object as path", "[{\"op\":\"add\",\"path\":{}}]", "error decoding patch:"
            + " json: cannot unmarshal object into Go struct field jsonPatchOp.path of type"
            + " string"),
        arguments("trailing garbage", "[] x",
            "error decoding patch: invalid character 'x' after top-level value"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsBodiesThatAreNoOperationListWith400(String name, String patch, String message) {
    Status status = failure(() ->
        Patches.apply(JSON_PATCH, object(CURRENT), raw(patch), CONFIG_MAP));

    assertThat(status.code()).isEqualTo(400);
    assertThat(status.reason()).isEqualTo("BadRequest");
    assertThat(status.message()).isEqualTo(message);
  }

  @Test
  void acceptsTenThousandOperations() {
    ObjectNode result = Patches.apply(JSON_PATCH, object(CURRENT), operations(10_000),
        CONFIG_MAP);

    assertThat(result.path("data").path("k").asText()).isEqualTo("9999");
  }

  @Test
  void rejectsMoreThanTenThousandOperationsWith413() {
    Status status = failure(() ->
        Patches.apply(JSON_PATCH, object(CURRENT), operations(10_001), CONFIG_MAP));

    assertThat(status.code()).isEqualTo(413);
    assertThat(status.reason()).isEqualTo("RequestEntityTooLarge");
    assertThat(status.message()).isEqualTo("Request entity too large: The allowed maximum"
        + " operations in a JSON patch is 10000, got 10001");
  }

  @Test
  void rejectsAResultThatIsNoObjectAsAnInvalidPatch() {
    Status status = failure(() -> Patches.apply(JSON_PATCH, object(CURRENT),
        body("[{'op':'replace','path':'','value':'x'}]"), CONFIG_MAP));

    String cause = "couldn't get version/kind; json parse error: json: cannot unmarshal string"
        + " into Go value of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\";"
        + " Kind string \"json:\\\"kind,omitempty\\\"\" }";
    assertThat(status.code()).isEqualTo(422);
    assertThat(status.message())
        .isEqualTo(" \"\" is invalid: patch: Invalid value: \"\\\"x\\\"\": " + cause);
    assertThat(status.details().causes()).containsExactly(new StatusCause("FieldValueInvalid",
        "Invalid value: \"\\\"x\\\"\": " + cause, "patch"));
  }

  @Test
  void comparesStoredNumbersWithPatchNumbersByValue() {
    ObjectNode current = object("{'spec':{}}");
    ((ObjectNode) current.get("spec")).put("replicas", 3L);

    ObjectNode result = Patches.apply(JSON_PATCH, current,
        body("[{'op':'test','path':'/spec/replicas','value':3}]"), CONFIG_MAP);

    assertThat(result.path("spec").path("replicas").asLong()).isEqualTo(3);
  }

  private static byte[] operations(int count) {
    return raw(IntStream.range(0, count)
        .mapToObj(i -> "{\"op\":\"add\",\"path\":\"/data/k\",\"value\":\"" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]")));
  }
}
