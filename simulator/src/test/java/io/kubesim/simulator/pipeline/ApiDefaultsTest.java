package io.kubesim.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's v1 defaulting of pod requests and LimitRange items, applied at decode. */
class ApiDefaultsTest {

  private static final ResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();

  private static JsonNode json(String text) {
    try {
      return ObjectMappers.json().readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("a container requests what it limits", "pods",
            "{'spec':{'containers':[{'name':'a','resources':{'limits':{'cpu':'1'}}}]}}",
            "{'spec':{'containers':[{'name':'a','resources':{'limits':{'cpu':'1'},"
                + "'requests':{'cpu':'1'}}}]}}"),
        arguments("an own request is kept, others are filled", "pods",
            "{'spec':{'initContainers':[{'name':'i','resources':{'limits':{'cpu':'1',"
                + "'memory':'1Gi'},'requests':{'cpu':'100m'}}}]}}",
            "{'spec':{'initContainers':[{'name':'i','resources':{'limits':{'cpu':'1',"
                + "'memory':'1Gi'},'requests':{'cpu':'100m','memory':'1Gi'}}}]}}"),
        arguments("a container without limits is unchanged", "pods",
            "{'spec':{'containers':[{'name':'a'}]}}", "{'spec':{'containers':[{'name':'a'}]}}"),
        arguments("a Container item defaults from max, then requests from default and min",
            "limitranges",
            "{'spec':{'limits':[{'type':'Container','max':{'cpu':'1'},'min':{'memory':'1Mi'}}]}}",
            "{'spec':{'limits':[{'type':'Container','max':{'cpu':'1'},'min':{'memory':'1Mi'},"
                + "'default':{'cpu':'1'},'defaultRequest':{'cpu':'1','memory':'1Mi'}}]}}"),
        arguments("given defaults are kept", "limitranges",
            "{'spec':{'limits':[{'type':'Container','max':{'cpu':'1'},"
                + "'default':{'cpu':'500m'},'defaultRequest':{'cpu':'100m'}}]}}",
            "{'spec':{'limits':[{'type':'Container','max':{'cpu':'1'},"
                + "'default':{'cpu':'500m'},'defaultRequest':{'cpu':'100m'}}]}}"),
        arguments("Pod items are not defaulted", "limitranges",
            "{'spec':{'limits':[{'type':'Pod','max':{'cpu':'1'}}]}}",
            "{'spec':{'limits':[{'type':'Pod','max':{'cpu':'1'}}]}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void defaultsAreAppliedAsUpstreamDoes(String behaviour, String plural, String given,
      String expected) {
    ResourceType type = REGISTRY.find("", "v1", plural).orElseThrow();
    ObjectNode object = (ObjectNode) json(given);

    ApiDefaults.apply(type, object);

    assertThat(object).isEqualTo(json(expected));
  }
}
