package io.kubesim.simulator.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.simulator.patch.FieldPatch.Strategy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatchStrategyCatalogTest {

  static Stream<Arguments> knownFields() {
    return Stream.of(
        arguments("v1", "Pod", "spec.containers", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.initContainers", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.ephemeralContainers", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.containers.env", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.containers.ports", Strategy.MERGE, "containerPort"),
        arguments("v1", "Pod", "spec.containers.volumeMounts", Strategy.MERGE, "mountPath"),
        arguments("v1", "Pod", "spec.containers.volumeDevices", Strategy.MERGE, "devicePath"),
        arguments("v1", "Pod", "spec.volumes", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.imagePullSecrets", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.hostAliases", Strategy.MERGE, "ip"),
        arguments("v1", "Pod", "spec.topologySpreadConstraints", Strategy.MERGE, "topologyKey"),
        arguments("v1", "Pod", "spec.schedulingGates", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.resourceClaims", Strategy.MERGE, "name"),
        arguments("v1", "Pod", "spec.tolerations", Strategy.DEFAULT, ""),
        arguments("v1", "Pod", "status.conditions", Strategy.MERGE, "type"),
        arguments("v1", "Pod", "status.containerStatuses.volumeMounts", Strategy.MERGE,
            "mountPath"),
        arguments("v1", "Service", "spec.ports", Strategy.MERGE, "port"),
        arguments("v1", "Node", "spec.taints", Strategy.DEFAULT, ""),
        arguments("v1", "Node", "status.addresses", Strategy.MERGE, "type"),
        arguments("v1", "ServiceAccount", "secrets", Strategy.MERGE, "name"),
        arguments("v1", "ServiceAccount", "imagePullSecrets", Strategy.DEFAULT, ""),
        arguments("v1", "Secret", "metadata.ownerReferences", Strategy.MERGE, "uid"),
        arguments("v1", "ConfigMap", "metadata.finalizers", Strategy.MERGE, ""),
        arguments("apps/v1", "Deployment", "spec.template.spec.containers", Strategy.MERGE,
            "name"),
        arguments("apps/v1", "StatefulSet", "spec.template.spec.volumes", Strategy.MERGE,
            "name"),
        arguments("apps/v1", "DaemonSet", "status.conditions", Strategy.MERGE, "type"),
        arguments("batch/v1", "Job", "spec.template.spec.containers", Strategy.MERGE, "name"),
        arguments("batch/v1", "CronJob", "spec.jobTemplate.spec.template.spec.containers",
            Strategy.MERGE, "name"),
        arguments("policy/v1", "PodDisruptionBudget", "spec.selector", Strategy.REPLACE, ""),
        arguments("rbac.authorization.k8s.io/v1", "ClusterRole", "rules", Strategy.DEFAULT, ""),
        arguments("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration",
            "webhooks", Strategy.MERGE, "name"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("knownFields")
  void knowsUpstreamsStrategies(String apiVersion, String kind, String path, Strategy strategy,
      String mergeKey) {
    FieldPatch field = lookup(apiVersion, kind, path);

    assertThat(field.strategy()).isEqualTo(strategy);
    assertThat(field.mergeKey()).isEqualTo(mergeKey);
  }

  static Stream<Arguments> retainKeysFields() {
    return Stream.of(
        arguments("apps/v1", "Deployment", "spec.strategy"),
        arguments("v1", "Pod", "spec.volumes"),
        arguments("v1", "Pod", "status.resourceClaimStatuses"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("retainKeysFields")
  void marksTheRetainKeysStrategy(String apiVersion, String kind, String path) {
    assertThat(lookup(apiVersion, kind, path).retainKeys()).isTrue();
  }

  static Stream<Arguments> brokenCatalogs() {
    return Stream.of(
        arguments("an unknown strategy",
            "{'defaultKind':'T','kinds':{},'types':{'T':{'f':{'x-kubernetes-patch-strategy':"
                + "'append'}}}}", "T.f: unexpected patch strategy: append"),
        arguments("a reference to a missing type",
            "{'defaultKind':'T','kinds':{},'types':{'T':{'f':{'$ref':'U'}}}}",
            "T.f: unknown type U"),
        arguments("a kind naming a missing type",
            "{'defaultKind':'T','kinds':{'v1/X':'U'},'types':{'T':{}}}", "v1/X: unknown type U"),
        arguments("a misspelt entry",
            "{'defaultKind':'T','kinds':{},'types':{'T':{'f':{'x-kubernetes-merge-key':'a'}}}}",
            "T.f: unknown entry x-kubernetes-merge-key"),
        arguments("a merge key without the merge strategy",
            "{'defaultKind':'T','kinds':{},'types':{'T':{'f':"
                + "{'x-kubernetes-patch-merge-key':'a'}}}}",
            "T.f: a merge key needs the merge strategy: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCatalogs")
  void rejectsBrokenCatalogsWhenLoading(String name, String document, String message) {
    assertThatThrownBy(() -> PatchStrategyCatalog.load(new ByteArrayInputStream(
        document.replace('\'', '"').getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private static FieldPatch lookup(String apiVersion, String kind, String path) {
    PatchSchema schema = PatchStrategyCatalog.builtIn().schemaFor(apiVersion, kind);
    FieldPatch field = FieldPatch.UNTAGGED;
    for (String name : path.split("\\.")) {
      field = schema.field(name);
      schema = field.schema();
    }
    return field;
  }
}
