package io.kubesim.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A list body made of stored items has exactly the bytes of the same list built as a tree, and
 * its tree is that list; stored bytes pass through unchanged.
 */
class JsonBodyTest {

  static final String POD = "{'apiVersion':'v1','kind':'Pod','metadata':{'name':'%s',"
      + "'labels':{'app':'w\\u00e9b'}},'spec':{'priority':-2,'overhead':{'cpu':'0.5'},"
      + "'containers':[{'name':'c','image':'nginx','args':['a\\nb','\\u65e5']}]}}";

  static Stream<Arguments> lists() {
    return Stream.of(
        arguments("no items", 0, false),
        arguments("one item", 1, false),
        arguments("many items", 25, false),
        arguments("a page with a continue token", 3, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void aStoredListEncodesLikeTheTreeList(String name, int count, boolean paged)
      throws Exception {
    ObjectNode envelope = ObjectMappers.json().createObjectNode();
    envelope.put("kind", "PodList").put("apiVersion", "v1");
    ObjectNode meta = envelope.putObject("metadata").put("resourceVersion", "42");
    List<byte[]> items = new ArrayList<>();
    ObjectNode expected = envelope.deepCopy();
    ArrayNode expectedItems = expected.putArray("items");
    for (int i = 0; i < count; i++) {
      ObjectNode pod = (ObjectNode) ObjectMappers.json()
          .readTree(String.format(POD, "pod-" + i).replace('\'', '"'));
      items.add(ObjectMappers.json().writeValueAsBytes(pod));
      expectedItems.add(pod);
    }
    if (paged) { // set after the items, as a list read sets them
      meta.put("continue", "token").put("remainingItemCount", 7);
      ((ObjectNode) expected.get("metadata")).put("continue", "token")
          .put("remainingItemCount", 7);
    }

    JsonBody body = JsonBody.list(envelope, items);

    assertThat(new String(body.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(new String(ObjectMappers.json().writeValueAsBytes(expected),
            StandardCharsets.UTF_8));
    assertThat(body.tree()).isEqualTo(expected);
  }

  static Stream<Arguments> storedObjects() {
    return Stream.of(
        arguments("a pod", String.format(POD, "web")),
        arguments("an empty object", "{}"),
        arguments("floats and big numbers",
            "{'a':1.5,'b':1.0E20,'c':12345678901234567890,'d':-0.0,'e':[true,null]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storedObjects")
  void storedBytesPassThroughAndDecodeToTheirObject(String name, String text) throws Exception {
    byte[] json = ObjectMappers.json().writeValueAsBytes(
        ObjectMappers.json().readTree(text.replace('\'', '"')));
    JsonBody body = JsonBody.stored(json);
    assertThat(body.bytes()).isSameAs(json);
    assertThat(body.tree()).isEqualTo(ObjectMappers.json().readTree(json));
    assertThat(JsonBody.of(body.tree()).bytes()).isEqualTo(json);
  }
}
