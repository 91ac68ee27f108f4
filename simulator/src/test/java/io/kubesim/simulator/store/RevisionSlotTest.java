package io.kubesim.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A filled revision slot is exactly the encoding of the object stamped with that revision. */
class RevisionSlotTest {

  static Stream<Arguments> objects() {
    return Stream.of(
        arguments("metadata without a resourceVersion", "{'kind':'Pod','metadata':{'name':'a'},"
            + "'spec':{'x':[1,2]}}", 7L),
        arguments("a resourceVersion before other metadata", "{'metadata':{'resourceVersion':"
            + "'3','name':'a','labels':{'resourceVersion':'x'}},'data':{'k':'\\u00e9\\n'}}",
            1234567890123L),
        arguments("no metadata at all", "{'kind':'ConfigMap','data':{}}", 1L),
        arguments("metadata that is not an object", "{'metadata':'odd'}", 42L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void aFilledSlotEncodesTheStampedObject(String name, String json, long revision)
      throws Exception {
    ObjectNode object = parse(json);
    ObjectNode expected = object.deepCopy();
    StoreJson.stampRevision(expected, revision);

    RevisionSlot slot = RevisionSlot.encode(object);
    StoreJson.stampRevision(object, revision);

    assertThat(slot).isNotNull();
    assertThat(new String(slot.fill(revision), "UTF-8"))
        .isEqualTo(new String(StoreJson.encode(expected), "UTF-8"));
    assertThat(object).isEqualTo(expected);
  }

  @Test
  void anObjectThatAlreadyHoldsTheSlotsTokenGetsNoSlot() throws Exception {
    ObjectNode object = parse("{'metadata':{'name':'a'}}");
    RevisionSlot.encode(object);
    String token = object.path("metadata").path("resourceVersion").asText();
    ObjectNode copycat = parse("{'metadata':{'name':'a','annotations':{'a':'" + token + "'}}}");

    assertThat(RevisionSlot.encode(copycat)).isNull();
  }

  private static ObjectNode parse(String json) throws Exception {
    return StoreJson.decode(json.replace('\'', '"').getBytes("UTF-8"));
  }
}
