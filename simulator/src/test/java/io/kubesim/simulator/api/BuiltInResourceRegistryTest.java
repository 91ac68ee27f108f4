package io.kubesim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInResourceRegistryTest {

  private static final BuiltInResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # resource                                               | version | kind                       | singular                   | namespaced | shortNames | categories     | subresources
          pods                                                     | v1      | Pod                        | pod                        | true       | po         | all            | attach binding ephemeralcontainers eviction exec log portforward proxy resize status
          services                                                 | v1      | Service                    | service                    | true       | svc        | all            | proxy status
          namespaces                                               | v1      | Namespace                  | namespace                  | false      | ns         |                | finalize status
          nodes                                                    | v1      | Node                       | node                       | false      | no         |                | proxy status
          endpoints                                                | v1      | Endpoints                  | endpoints                  | true       | ep         |                |
          serviceaccounts                                          | v1      | ServiceAccount             | serviceaccount             | true       | sa         |                | token
          replicationcontrollers                                   | v1      | ReplicationController      | replicationcontroller      | true       | rc         | all            | scale status
          deployments.apps                                         | v1      | Deployment                 | deployment                 | true       | deploy     | all            | scale status
          statefulsets.apps                                        | v1      | StatefulSet                | statefulset                | true       | sts        | all            | scale status
          daemonsets.apps                                          | v1      | DaemonSet                  | daemonset                  | true       | ds         | all            | status
          cronjobs.batch                                           | v1      | CronJob                    | cronjob                    | true       | cj         | all            | status
          jobs.batch                                               | v1      | Job                        | job                        | true       |            | all            | status
          ingresses.networking.k8s.io                              | v1      | Ingress                    | ingress                    | true       | ing        |                | status
          networkpolicies.networking.k8s.io                        | v1      | NetworkPolicy              | networkpolicy              | true       | netpol     |                |
          servicecidrs.networking.k8s.io                           | v1      | ServiceCIDR                | servicecidr                | false      |            |                | status
          customresourcedefinitions.apiextensions.k8s.io           | v1      | CustomResourceDefinition   | customresourcedefinition   | false      | crd crds   | api-extensions | status
          apiservices.apiregistration.k8s.io                       | v1      | APIService                 | apiservice                 | false      |            | api-extensions | status
          priorityclasses.scheduling.k8s.io                        | v1      | PriorityClass              | priorityclass              | false      | pc         |                |
          leases.coordination.k8s.io                               | v1      | Lease                      | lease                      | true       |            |                |
          horizontalpodautoscalers.autoscaling                     | v2      | HorizontalPodAutoscaler    | horizontalpodautoscaler    | true       | hpa        | all            | status
          horizontalpodautoscalers.autoscaling                     | v1      | HorizontalPodAutoscaler    | horizontalpodautoscaler    | true       | hpa        | all            | status
          certificatesigningrequests.certificates.k8s.io           | v1      | CertificateSigningRequest  | certificatesigningrequest  | false      | csr        |                | approval status
          poddisruptionbudgets.policy                              | v1      | PodDisruptionBudget        | poddisruptionbudget        | true       | pdb        |                | status
          selfsubjectaccessreviews.authorization.k8s.io            | v1      | SelfSubjectAccessReview    | selfsubjectaccessreview    | false      |            |                |
          localsubjectaccessreviews.authorization.k8s.io           | v1      | LocalSubjectAccessReview   | localsubjectaccessreview   | true       |            |                |
          events.events.k8s.io                                     | v1      | Event                      | event                      | true       | ev         |                |
          flowschemas.flowcontrol.apiserver.k8s.io                 | v1      | FlowSchema                 | flowschema                 | false      |            |                | status
          validatingadmissionpolicies.admissionregistration.k8s.io | v1      | ValidatingAdmissionPolicy  | validatingadmissionpolicy  | false      |            | api-extensions | status
          storageclasses.storage.k8s.io                            | v1      | StorageClass               | storageclass               | false      | sc         |                |
          volumeattachments.storage.k8s.io                         | v1      | VolumeAttachment           | volumeattachment           | false      |            |                | status
          """)
  void keyResourcesResolveWithUpstreamNamesScopeAndSubresources(
      String resource,
      String version,
      String kind,
      String singular,
      boolean namespaced,
      String shortNames,
      String categories,
      String subresources) {
    int dot = resource.indexOf('.');
    String plural = dot < 0 ? resource : resource.substring(0, dot);
    String group = dot < 0 ? "" : resource.substring(dot + 1);

    ResourceType type = REGISTRY.find(group, version, plural).orElseThrow();

    assertThat(type.kind()).isEqualTo(kind);
    assertThat(type.singular()).isEqualTo(singular);
    assertThat(type.namespaced()).isEqualTo(namespaced);
    assertThat(type.shortNames()).isEqualTo(words(shortNames));
    assertThat(type.categories()).isEqualTo(words(categories));
    assertThat(type.subresources()).containsExactlyInAnyOrderElementsOf(words(subresources));
  }

  private static List<String> words(String text) {
    return text == null ? List.of() : List.of(text.trim().split("\\s+"));
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        arguments("v1", "Pod", "pods", io.fabric8.kubernetes.api.model.Pod.class),
        arguments("v1", "Event", "events", io.fabric8.kubernetes.api.model.Event.class),
        arguments(
            "events.k8s.io/v1",
            "Event",
            "events",
            io.fabric8.kubernetes.api.model.events.v1.Event.class),
        arguments(
            "apps/v1",
            "Deployment",
            "deployments",
            io.fabric8.kubernetes.api.model.apps.Deployment.class),
        arguments(
            "autoscaling/v1",
            "HorizontalPodAutoscaler",
            "horizontalpodautoscalers",
            io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler.class),
        arguments(
            "autoscaling/v2",
            "HorizontalPodAutoscaler",
            "horizontalpodautoscalers",
            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
        arguments(
            "apiregistration.k8s.io/v1",
            "APIService",
            "apiservices",
            io.fabric8.kubernetes.api.model.APIService.class));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kinds")
  void findByKindResolvesServedKindsToTheirModelClass(
      String apiVersion, String kind, String plural, Class<?> modelClass) {
    ResourceType type = REGISTRY.findByKind(apiVersion, kind).orElseThrow();

    assertThat(type.apiVersion()).isEqualTo(apiVersion);
    assertThat(type.plural()).isEqualTo(plural);
    assertThat(type.javaType()).isEqualTo(modelClass);
  }

  static Stream<Arguments> unservedKinds() {
    return Stream.of(
        arguments("extensions/v1beta1", "Deployment"),
        arguments("apps/v1beta1", "Deployment"),
        arguments("v1", "Deployment"),
        arguments("batch/v1beta1", "CronJob"),
        arguments("policy/v1", "Eviction"),
        arguments("autoscaling/v1", "Scale"),
        arguments("authentication.k8s.io/v1", "TokenRequest"),
        arguments("storage.k8s.io/v1", "VolumeAttributesClass"),
        arguments("admissionregistration.k8s.io/v1", "MutatingAdmissionPolicy"),
        arguments("certificates.k8s.io/v1", "ClusterTrustBundle"),
        arguments("resource.k8s.io/v1beta1", "ResourceClaim"),
        arguments("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema"),
        arguments("coordination.k8s.io/v1beta1", "LeaseCandidate"),
        arguments(null, "Pod"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unservedKinds")
  void findByKindIsEmptyForKindsA133ServerDoesNotServe(String apiVersion, String kind) {
    assertThat(REGISTRY.findByKind(apiVersion, kind)).isEmpty();
  }

  @Test
  void servesNoAlphaOrBetaVersion() {
    assertThat(REGISTRY.all()).extracting(ResourceType::version).allMatch(v -> v.matches("v\\d+"));
  }

  @Test
  void listsGroupsInUpstreamDiscoveryOrderWithPreferredVersionFirst() {
    assertThat(REGISTRY.groups())
        .extracting(ResourceRegistry.ApiGroup::name)
        .containsExactly(
            "apiregistration.k8s.io",
            "apps",
            "events.k8s.io",
            "authentication.k8s.io",
            "authorization.k8s.io",
            "autoscaling",
            "batch",
            "certificates.k8s.io",
            "networking.k8s.io",
            "policy",
            "rbac.authorization.k8s.io",
            "storage.k8s.io",
            "admissionregistration.k8s.io",
            "apiextensions.k8s.io",
            "scheduling.k8s.io",
            "coordination.k8s.io",
            "node.k8s.io",
            "discovery.k8s.io",
            "flowcontrol.apiserver.k8s.io");
    assertThat(REGISTRY.groups())
        .filteredOn(g -> g.name().equals("autoscaling"))
        .singleElement()
        .satisfies(g -> assertThat(g.versions()).containsExactly("v2", "v1"))
        .satisfies(g -> assertThat(g.preferredVersion()).isEqualTo("v2"));
  }

  @Test
  void listsTypesGroupedByGroupVersionInDiscoveryOrderThenByPlural() {
    List<String> apiVersions =
        REGISTRY.all().stream().map(ResourceType::apiVersion).distinct().toList();
    assertThat(apiVersions.get(0)).isEqualTo("v1");
    assertThat(apiVersions.subList(1, apiVersions.size()))
        .isEqualTo(
            REGISTRY.groups().stream()
                .flatMap(g -> g.versions().stream().map(v -> g.name() + "/" + v))
                .toList());
    assertThat(REGISTRY.all().stream().filter(t -> t.group().isEmpty()).map(ResourceType::plural))
        .isSorted();
  }
}
