package io.kubesim.simulator.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.kubernetes.client.proto.Meta;
import io.kubernetes.client.proto.Runtime;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V1Apps;
import io.kubernetes.client.proto.V1Authentication;
import io.kubernetes.client.proto.V1Networking;
import io.kubesim.admission.ObjectMappers;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The apimachinery types and Go struct shapes a field-by-field copy would get wrong: times,
 * embedded objects, named string lists, embedded structs and renamed fields.
 */
class ApimachineryTypesTest {

  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of("a Time is RFC 3339 in seconds, a zero Time is left out",
            V1.Namespace.newBuilder().setMetadata(Meta.ObjectMeta.newBuilder().setName("n")
                .setCreationTimestamp(Meta.Time.newBuilder().setSeconds(1700000000).setNanos(5))
                .setDeletionTimestamp(Meta.Time.newBuilder())).build(),
            """
            {"metadata":{"name":"n","creationTimestamp":"2023-11-14T22:13:20Z"}}"""),
        Arguments.of("a MicroTime keeps microseconds",
            V1.Event.newBuilder().setEventTime(Meta.MicroTime.newBuilder().setSeconds(1700000000)
                .setNanos(123456789)).build(),
            """
            {"eventTime":"2023-11-14T22:13:20.123456Z"}"""),
        Arguments.of("a RawExtension embeds its JSON",
            V1Apps.ControllerRevision.newBuilder().setRevision(2).setData(Runtime.RawExtension
                .newBuilder().setRaw(utf8("{\"spec\":{\"x\":1}}"))).build(),
            """
            {"data":{"spec":{"x":1}},"revision":2}"""),
        Arguments.of("a RawExtension may hold a Protobuf object",
            V1Apps.ControllerRevision.newBuilder().setData(Runtime.RawExtension.newBuilder()
                .setRaw(ByteString.copyFrom(Envelopes.wrap("v1", "ConfigMap", V1.ConfigMap
                    .newBuilder().putData("k", "v").build())))).build(),
            """
            {"data":{"apiVersion":"v1","kind":"ConfigMap","data":{"k":"v"}}}"""),
        Arguments.of("managedFields carry FieldsV1 as JSON",
            V1.ConfigMap.newBuilder().setMetadata(Meta.ObjectMeta.newBuilder()
                .addManagedFields(Meta.ManagedFieldsEntry.newBuilder().setManager("kubectl")
                    .setOperation("Update").setFieldsType("FieldsV1")
                    .setFieldsV1(Meta.FieldsV1.newBuilder().setRaw(utf8("{\"f:data\":{}}")))))
                .build(),
            """
            {"metadata":{"managedFields":[{"manager":"kubectl","operation":"Update",
              "fieldsType":"FieldsV1","fieldsV1":{"f:data":{}}}]}}"""),
        Arguments.of("an ExtraValue is a plain list",
            V1Authentication.UserInfo.newBuilder().setUsername("jane")
                .putExtra("scopes", V1Authentication.ExtraValue.newBuilder().addItems("a")
                    .addItems("b").build()).build(),
            """
            {"username":"jane","extra":{"scopes":["a","b"]}}"""),
        Arguments.of("embedded structs are flattened: volume source, probe handler, key selector",
            V1.PodSpec.newBuilder()
                .addVolumes(V1.Volume.newBuilder().setName("cfg").setVolumeSource(
                    V1.VolumeSource.newBuilder().setConfigMap(V1.ConfigMapVolumeSource.newBuilder()
                        .setLocalObjectReference(V1.LocalObjectReference.newBuilder()
                            .setName("settings")))))
                .addContainers(V1.Container.newBuilder().setName("app")
                    .setLivenessProbe(V1.Probe.newBuilder().setPeriodSeconds(5)
                        .setHandler(V1.ProbeHandler.newBuilder().setHttpGet(
                            V1.HTTPGetAction.newBuilder().setPath("/healthz")))))
                .build(),
            """
            {"volumes":[{"name":"cfg","configMap":{"name":"settings"}}],
             "containers":[{"name":"app","livenessProbe":{"httpGet":{"path":"/healthz"},
               "periodSeconds":5}}]}"""),
        Arguments.of("an Ingress rule's http sits beside its host",
            V1Networking.IngressRule.newBuilder().setHost("example.com").setIngressRuleValue(
                V1Networking.IngressRuleValue.newBuilder().setHttp(
                    V1Networking.HTTPIngressRuleValue.newBuilder().addPaths(
                        V1Networking.HTTPIngressPath.newBuilder().setPath("/")
                            .setPathType("Prefix")))).build(),
            """
            {"host":"example.com","http":{"paths":[{"path":"/","pathType":"Prefix"}]}}"""),
        Arguments.of("a bound object reference's uID is uid",
            V1Authentication.BoundObjectReference.newBuilder().setKind("Pod").setName("p")
                .setUID("123").build(),
            """
            {"kind":"Pod","name":"p","uid":"123"}"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void writesTheJsonGoWouldWrite(String name, Message message, String expected)
      throws Exception {
    assertThat(ProtoJsonConverter.toJson(message))
        .isEqualTo(ObjectMappers.json().readTree(expected));
  }

  @Test
  void aRawExtensionThatIsNeitherJsonNorProtobufIsAnError() {
    Message revision = V1Apps.ControllerRevision.newBuilder()
        .setData(Runtime.RawExtension.newBuilder().setRaw(utf8("not json"))).build();

    assertThatThrownBy(() -> ProtoJsonConverter.toJson(revision))
        .isInstanceOf(ProtobufDecodingException.class)
        .hasMessageStartingWith("cannot decode embedded object: ");
  }

  static Stream<Arguments> durations() {
    return Stream.of(Arguments.of(0L, "0s"), Arguments.of(1L, "1ns"),
        Arguments.of(1_500L, "1.5µs"), Arguments.of(100_000_000L, "100ms"),
        Arguments.of(1_500_000_000L, "1.5s"), Arguments.of(90_000_000_000L, "1m30s"),
        Arguments.of(3_600_000_000_000L, "1h0m0s"), Arguments.of(-2_000_000_000L, "-2s"),
        Arguments.of(Long.MAX_VALUE, "2562047h47m16.854775807s"));
  }

  @ParameterizedTest(name = "{0} ns is {1}")
  @MethodSource("durations")
  void durationsReadAsGoPrintsThem(long nanos, String expected) {
    assertThat(GoDuration.format(nanos)).isEqualTo(expected);
  }

  private static ByteString utf8(String s) {
    return ByteString.copyFrom(s, StandardCharsets.UTF_8);
  }
}
