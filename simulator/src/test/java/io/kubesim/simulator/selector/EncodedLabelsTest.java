package io.kubesim.simulator.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Labels read from an object's JSON are the labels of the decoded object. */
class EncodedLabelsTest {

  static Stream<Arguments> objects() {
    return Stream.of(
        arguments("labels right after the name",
            "{'metadata':{'name':'a','labels':{'app':'web','tier':'db'}},'spec':{}}",
            Map.of("app", "web", "tier", "db")),
        arguments("labels after nested metadata fields",
            "{'kind':'Pod','spec':{'labels':{'not':'these'}},'metadata':{'managedFields':"
                + "[{'fieldsV1':{'f:metadata':{'f:labels':{}}}}],'annotations':{'labels':'x'},"
                + "'labels':{'app':'web'}}}",
            Map.of("app", "web")),
        arguments("no labels", "{'metadata':{'name':'a'},'spec':{'x':[1,{'y':2}]}}", Map.of()),
        arguments("no metadata", "{'kind':'Pod','spec':{}}", Map.of()),
        arguments("empty labels", "{'metadata':{'labels':{}}}", Map.of()),
        arguments("a null label value reads as empty",
            "{'metadata':{'labels':{'a':null,'b':'x'}}}", Map.of("a", "", "b", "x")),
        arguments("non-string values read as their text",
            "{'metadata':{'labels':{'n':1,'t':true}}}", Map.of("n", "1", "t", "true")),
        arguments("labels that are no object read as none",
            "{'metadata':{'labels':'app=web'}}", Map.of()),
        arguments("escaped and non-ASCII text",
            "{'metadata':{'labels':{'k\\u00e9':'v\\\"q','\u00fc':'\u65e5'}}}",
            Map.of("k\u00e9", "v\"q", "\u00fc", "\u65e5")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void readsTheLabelsOfTheDecodedObject(String name, String json, Map<String, String> labels)
      throws Exception {
    byte[] bytes = json.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    ObjectNode decoded = (ObjectNode) ObjectMappers.json().readTree(bytes);
    assertThat(EncodedLabels.of(bytes)).isEqualTo(labels)
        .isEqualTo(LabelSelector.labelsOf(decoded));
  }
}
