package io.kubesim.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Secrets' write-only {@code stringData} ends up base64-encoded in {@code data}. */
class SecretStringDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();

  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of("stringData becomes base64 data", "secrets",
            "{\"kind\":\"Secret\",\"stringData\":{\"user\":\"admin\",\"empty\":\"\"}}",
            "{\"kind\":\"Secret\",\"data\":{\"user\":\"YWRtaW4=\",\"empty\":\"\"}}"),
        Arguments.of("stringData wins over data for the same key", "secrets",
            "{\"kind\":\"Secret\",\"data\":{\"a\":\"b2xk\",\"b\":\"Yg==\"},"
                + "\"stringData\":{\"a\":\"new\"}}",
            "{\"kind\":\"Secret\",\"data\":{\"a\":\"bmV3\",\"b\":\"Yg==\"}}"),
        Arguments.of("non-ASCII text is encoded as UTF-8", "secrets",
            "{\"kind\":\"Secret\",\"stringData\":{\"k\":\"é\"}}",
            "{\"kind\":\"Secret\",\"data\":{\"k\":\"w6k=\"}}"),
        Arguments.of("an empty stringData is dropped and adds no data", "secrets",
            "{\"kind\":\"Secret\",\"stringData\":{}}",
            "{\"kind\":\"Secret\"}"),
        Arguments.of("other kinds are left alone", "configmaps",
            "{\"kind\":\"ConfigMap\",\"stringData\":{\"a\":\"b\"}}",
            "{\"kind\":\"ConfigMap\",\"stringData\":{\"a\":\"b\"}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void foldsStringDataIntoData(String behaviour, String resource, String written,
      String stored) throws Exception {
    ResourceType type = REGISTRY.find("", "v1", resource).orElseThrow();
    ObjectNode object = (ObjectNode) JSON.readTree(written);

    SecretStringData.fold(type, object);

    assertThat(object).isEqualTo(JSON.readTree(stored));
  }
}
