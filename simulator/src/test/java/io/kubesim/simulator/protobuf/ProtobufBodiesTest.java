package io.kubesim.simulator.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import io.kubernetes.client.proto.IntStr.IntOrString;
import io.kubernetes.client.proto.Meta;
import io.kubernetes.client.proto.Resource.Quantity;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V1Apps;
import io.kubesim.admission.ObjectMappers;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Protobuf bodies of the kinds kubectl sends decode into the JSON a JSON body of the same object
 * would give: the bytes captured from kubectl 1.33 (spec §23.4), and objects encoded here with
 * gogo-protobuf's habit of writing every non-pointer field, zeros included.
 */
class ProtobufBodiesTest {

  /** Spec §23.4: {@code kubectl create configmap foo --from-literal=a=b}, 56 bytes. */
  static final byte[] CONFIG_MAP_CAPTURED =
      CapturedBytes.unquote("k8s\\x00\\n\\x0f\\n\\x02v1\\x12\\tConfigMap\\x12\\x1d"
          + "\\n\\x13\\n\\x03foo\\x12\\x00\\x1a\\x00\"\\x00*\\x002\\x008\\x00B\\x00"
          + "\\x12\\x06\\n\\x01a\\x12\\x01b\\x1a\\x00\"\\x00");

  /**
   * Spec §15 and §23.4: {@code kubectl auth can-i get pods}, 122 bytes; the spec elides the tail
   * (the zero status gogo writes, then the envelope's empty content fields), rebuilt here.
   */
  static final byte[] SSAR_CAPTURED =
      CapturedBytes.unquote("k8s\\x00\\n2\\n\\x17authorization.k8s.io/v1\\x12\\x17"
          + "SelfSubjectAccessReview\\x12<\\n\\x10\\n\\x00\\x12\\x00\\x1a\\x00\"\\x00*\\x002"
          + "\\x008\\x00B\\x00\\x12\\x1e\\n\\x1c\\n\\x07default\\x12\\x03get\\x1a\\x00\"\\x00"
          + "*\\x04pods2\\x00:\\x00\\x1a\\x08\\x08\\x00\\x12\\x00\\x1a\\x00 \\x00"
          + "\\x1a\\x00\"\\x00");

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of("kubectl create configmap foo --from-literal=a=b, as captured",
            CONFIG_MAP_CAPTURED,
            """
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"foo"},"data":{"a":"b"}}
            """),
        Arguments.of("kubectl auth can-i get pods, as captured",
            SSAR_CAPTURED,
            """
            {"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview",
             "metadata":{},
             "spec":{"resourceAttributes":{"namespace":"default","verb":"get","resource":"pods"}},
             "status":{"allowed":false}}
            """),
        Arguments.of("a Secret's bytes become base64, an empty value stays",
            Envelopes.wrap("v1", "Secret", V1.Secret.newBuilder()
                .setMetadata(gogoMeta("creds"))
                .putData("key", ByteString.copyFrom(new byte[] {0, 1, 2, (byte) 0xff}))
                .putData("empty", ByteString.EMPTY)
                .setType("Opaque").build()),
            """
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"creds"},
             "data":{"empty":"","key":"AAEC/w=="},"type":"Opaque"}
            """),
        Arguments.of("a Deployment keeps replicas 0, IntOrString and Quantity values",
            Envelopes.wrap("apps/v1", "Deployment", deployment()),
            """
            {"apiVersion":"apps/v1","kind":"Deployment",
             "metadata":{"name":"web","labels":{"app":"web"}},
             "spec":{"replicas":0,"selector":{"matchLabels":{"app":"web"}},
               "template":{"metadata":{"labels":{"app":"web"}},
                 "spec":{"containers":[{"name":"nginx","image":"nginx",
                   "ports":[{"containerPort":80,"protocol":"TCP"}],
                   "resources":{"limits":{"cpu":"500m","memory":"128Mi"},
                     "requests":{"cpu":"250m"}}}]}},
               "strategy":{"type":"RollingUpdate",
                 "rollingUpdate":{"maxUnavailable":0,"maxSurge":"25%"}}},
             "status":{}}
            """),
        Arguments.of("a Service's targetPort is a number or a name",
            Envelopes.wrap("v1", "Service", V1.Service.newBuilder()
                .setMetadata(gogoMeta("web"))
                .setSpec(V1.ServiceSpec.newBuilder()
                    .addPorts(port("80-8080", 80, IntOrString.newBuilder().setType(0)
                        .setIntVal(8080).setStrVal("")))
                    .addPorts(port("https", 443, IntOrString.newBuilder().setType(1)
                        .setIntVal(0).setStrVal("https")))
                    .putSelector("app", "web").setType("ClusterIP").setClusterIP(""))
                .setStatus(V1.ServiceStatus.newBuilder()
                    .setLoadBalancer(V1.LoadBalancerStatus.newBuilder())).build()),
            """
            {"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},
             "spec":{"ports":[
               {"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080},
               {"name":"https","protocol":"TCP","port":443,"targetPort":"https"}],
               "selector":{"app":"web"},"type":"ClusterIP"},
             "status":{"loadBalancer":{}}}
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void decodesIntoTheJsonOfTheSameObject(String name, byte[] body, String expected)
      throws Exception {
    JsonNode decoded = ProtobufBodies.decode(body, "", "");

    assertThat(decoded).isEqualTo(ObjectMappers.json().readTree(expected));
  }

  @Test
  void capturedBodiesHaveTheLengthsTheSpecRecords() {
    assertThat(CONFIG_MAP_CAPTURED).hasSize(56);
    assertThat(SSAR_CAPTURED).hasSize(122);
  }

  /** ObjectMeta as gogo-protobuf writes it: every string and number, set or not. */
  static Meta.ObjectMeta.Builder gogoMeta(String name) {
    return Meta.ObjectMeta.newBuilder().setName(name).setGenerateName("").setNamespace("")
        .setSelfLink("").setUid("").setResourceVersion("").setGeneration(0)
        .setCreationTimestamp(Meta.Time.newBuilder());
  }

  private static V1Apps.Deployment deployment() {
    Quantity.Builder cpu = Quantity.newBuilder().setString("500m");
    return V1Apps.Deployment.newBuilder()
        .setMetadata(gogoMeta("web").putLabels("app", "web"))
        .setSpec(V1Apps.DeploymentSpec.newBuilder()
            .setReplicas(0)
            .setSelector(Meta.LabelSelector.newBuilder().putMatchLabels("app", "web"))
            .setTemplate(V1.PodTemplateSpec.newBuilder()
                .setMetadata(Meta.ObjectMeta.newBuilder().putLabels("app", "web")
                    .setCreationTimestamp(Meta.Time.newBuilder()))
                .setSpec(V1.PodSpec.newBuilder().addContainers(V1.Container.newBuilder()
                    .setName("nginx").setImage("nginx").setTerminationMessagePath("")
                    .setImagePullPolicy("").setTty(false)
                    .addPorts(V1.ContainerPort.newBuilder().setContainerPort(80)
                        .setHostPort(0).setProtocol("TCP"))
                    .setResources(V1.ResourceRequirements.newBuilder()
                        .putLimits("cpu", cpu.build())
                        .putLimits("memory", Quantity.newBuilder().setString("128Mi").build())
                        .putRequests("cpu", Quantity.newBuilder().setString("250m").build())))))
            .setStrategy(V1Apps.DeploymentStrategy.newBuilder().setType("RollingUpdate")
                .setRollingUpdate(V1Apps.RollingUpdateDeployment.newBuilder()
                    .setMaxUnavailable(IntOrString.newBuilder().setType(0).setIntVal(0))
                    .setMaxSurge(IntOrString.newBuilder().setType(1).setStrVal("25%"))))
            .setMinReadySeconds(0))
        .setStatus(V1Apps.DeploymentStatus.newBuilder().setReplicas(0))
        .build();
  }

  private static V1.ServicePort.Builder port(String name, int port, IntOrString.Builder target) {
    return V1.ServicePort.newBuilder().setName(name).setProtocol("TCP").setPort(port)
        .setTargetPort(target).setNodePort(0);
  }
}
