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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MergePatchTest {

  private static final String MERGE = "application/merge-patch+json";

  /**
   * RFC 7386 Appendix A. The API server only patches objects with object patches, so the cases
   * whose target or patch is not an object are nested one level down under "v".
   */
  static Stream<Arguments> rfc7386AppendixA() {
    return Stream.of(
        arguments("replaces a member", "{'a':'b'}", "{'a':'c'}", "{'a':'c'}"),
        arguments("adds a member", "{'a':'b'}", "{'b':'c'}", "{'a':'b','b':'c'}"),
        arguments("null removes the only member", "{'a':'b'}", "{'a':null}", "{}"),
        arguments("null removes one member", "{'a':'b','b':'c'}", "{'a':null}", "{'b':'c'}"),
        arguments("a string replaces an array", "{'a':['b']}", "{'a':'c'}", "{'a':'c'}"),
        arguments("an array replaces a string", "{'a':'c'}", "{'a':['b']}", "{'a':['b']}"),
        arguments("objects merge recursively", "{'a':{'b':'c'}}", "{'a':{'b':'d','c':null}}",
            "{'a':{'b':'d'}}"),
        arguments("arrays are replaced, not merged", "{'a':[{'b':'c'}]}", "{'a':[1]}",
            "{'a':[1]}"),
        arguments("an array replaces an array", "{'v':['a','b']}", "{'v':['c','d']}",
            "{'v':['c','d']}"),
        arguments("an array replaces an object", "{'v':{'a':'b'}}", "{'v':['c']}",
            "{'v':['c']}"),
        arguments("null removes an object", "{'v':{'a':'foo'}}", "{'v':null}", "{}"),
        arguments("a string replaces an object", "{'v':{'a':'foo'}}", "{'v':'bar'}",
            "{'v':'bar'}"),
        arguments("existing nulls in the target stay", "{'e':null}", "{'a':1}",
            "{'e':null,'a':1}"),
        arguments("an object replaces an array, without its nulls", "{'v':[1,2]}",
            "{'v':{'a':'b','c':null}}", "{'v':{'a':'b'}}"),
        arguments("nested nulls of a new member are pruned", "{}",
            "{'a':{'bb':{'ccc':null}}}", "{'a':{'bb':{}}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rfc7386AppendixA")
  void mergesLikeRfc7386(String name, String original, String patch, String expected) {
    ObjectNode result = Patches.apply(MERGE, object(original), body(patch), CONFIG_MAP);

    assertThat(result).isEqualTo(json(expected));
  }

  static Stream<Arguments> evanphxDetails() {
    return Stream.of(
        arguments("nulls inside arrays of a new member stay, nested ones go", "{}",
            "{'a':[null,{'b':null,'c':1}]}", "{'a':[null,{'c':1}]}"),
        arguments("an array replacing an object keeps its nested nulls", "{'a':{'x':1}}",
            "{'a':[{'b':null}]}", "{'a':[{'b':null}]}"),
        arguments("null on a missing key changes nothing", "{'a':1}", "{'b':null}", "{'a':1}"),
        arguments("a null target member is replaced as if absent", "{'a':null}",
            "{'a':{'b':null,'c':2}}", "{'a':{'c':2}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evanphxDetails")
  void keepsTheDetailsOfUpstreamsLibrary(String name, String original, String patch,
      String expected) {
    ObjectNode result = Patches.apply(MERGE, object(original), body(patch), CUSTOM_RESOURCE);

    assertThat(result).isEqualTo(json(expected));
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        arguments("not JSON", "{x", "error decoding patch: invalid character 'x' looking for"
            + " beginning of object key string"),
        arguments("empty body", "", "error decoding patch: unexpected end of JSON input"),
        arguments("an array", "[{\"a\":1}]", "error decoding patch: json: cannot unmarshal array"
            + " into Go value of type map[string]interface {}"),
        arguments("a string", "\"a\"", "error decoding patch: json: cannot unmarshal string"
            + " into Go value of type map[string]interface {}"),
        arguments("null", "null", "Invalid JSON Patch"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsMalformedBodiesWith400(String name, String patch, String message) {
    Status status = failure(() -> Patches.apply(MERGE, object("{}"), raw(patch), CONFIG_MAP));

    assertThat(status.code()).isEqualTo(400);
    assertThat(status.reason()).isEqualTo("BadRequest");
    assertThat(status.message()).isEqualTo(message);
  }

  @Test
  void replacesInvalidUtf8LikeGoInsteadOfFailing() {
    byte[] patch = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};

    ObjectNode result = Patches.apply(MERGE, object("{}"), patch, CONFIG_MAP);

    assertThat(result.path("a").asText()).isEqualTo("\ufffd");
  }

  @Test
  void leavesTheCurrentObjectUntouched() {
    ObjectNode current = object("{'data':{'a':'1'}}");

    Patches.apply(MERGE, current, body("{'data':{'a':null,'b':'2'}}"), CONFIG_MAP);

    assertThat(current).isEqualTo(json("{'data':{'a':'1'}}"));
  }
}
