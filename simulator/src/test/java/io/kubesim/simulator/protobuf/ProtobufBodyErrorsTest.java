package io.kubesim.simulator.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubernetes.client.proto.V1;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.BodyDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Protobuf bodies the decoder refuses, with upstream's codes and messages. */
class ProtobufBodyErrorsTest {

  private static final String PROTOBUF = ProtobufBodies.MEDIA_TYPE;
  private static final ResourceType CONFIG_MAPS =
      BuiltInResourceRegistry.kubernetes133().find("", "v1", "configmaps").orElseThrow();
  private static final ResourceType WIDGETS = new ResourceType("example.com", "v1", "Widget",
      "widgets", "widget", true, List.of("create"), List.of(), List.of(), Set.of(), null);

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("a body without the k8s magic", CONFIG_MAPS, PROTOBUF, bytes("{}"), 400,
            "the object provided is unrecognized (must be of type ConfigMap): provided data does "
                + "not appear to be a protobuf message, expected prefix [107 56 115 0] ({})"),
        Arguments.of("an empty body", CONFIG_MAPS, PROTOBUF, new byte[0], 400,
            "the object provided is unrecognized (must be of type ConfigMap): empty data "
                + "(<empty>)"),
        Arguments.of("an envelope of another kind", CONFIG_MAPS, PROTOBUF,
            Envelopes.wrap("v1", "Secret", V1.Secret.getDefaultInstance()), 400,
            "Secret in version \"v1\" cannot be handled as a ConfigMap: no kind \"Secret\" is "
                + "registered for version \"v1\""),
        Arguments.of("an envelope of another group-version", CONFIG_MAPS, PROTOBUF,
            Envelopes.wrap("apps/v1", "ConfigMap", V1.ConfigMap.getDefaultInstance()), 400,
            "the API version in the data (apps/v1) does not match the expected API version (v1)"),
        Arguments.of("a custom resource, which has no Protobuf encoding", WIDGETS, PROTOBUF,
            Envelopes.wrap("example.com/v1", "Widget", V1.ConfigMap.getDefaultInstance()), 415,
            "the body of the request was in an unknown format - accepted media types include: "
                + "application/json, application/yaml"),
        Arguments.of("a media type nobody accepts", CONFIG_MAPS, "text/plain", bytes("x"), 415,
            "the body of the request was in an unknown format - accepted media types include: "
                + "application/json, application/yaml, application/vnd.kubernetes.protobuf"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithUpstreamsStatus(String name, ResourceType type, String contentType,
      byte[] body, int code, String message) {
    StatusException e = catchThrowableOfType(StatusException.class,
        () -> BodyDecoder.decode(type, contentType, body));

    assertThat(e.code()).isEqualTo(code);
    assertThat(e.status().message()).isEqualTo(message);
  }

  @ParameterizedTest(name = "truncated after {0} bytes")
  @MethodSource("truncations")
  void aTruncatedObjectCannotBeHandled(int length) {
    byte[] raw = V1.ConfigMap.newBuilder().putData("key", "value").build().toByteArray();
    byte[] body = Envelopes.wrap("v1", "ConfigMap", Arrays.copyOf(raw, length));

    StatusException e = catchThrowableOfType(StatusException.class,
        () -> BodyDecoder.decode(CONFIG_MAPS, PROTOBUF, body));

    assertThat(e.code()).isEqualTo(400);
    assertThat(e.status().message())
        .startsWith("ConfigMap in version \"v1\" cannot be handled as a ConfigMap: proto: ");
  }

  static Stream<Integer> truncations() {
    return Stream.of(1, 5);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
