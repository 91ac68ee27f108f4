package io.kubesim.admission.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.plugins.KnownPlugin.Lifecycle;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInPluginsTest {

  /** Spec part 1 §2.1, released variant (v1.33–v1.35). */
  private static final List<String> UPSTREAM_1_33 = List.of("AlwaysAdmit",
      "NamespaceAutoProvision", "NamespaceLifecycle", "NamespaceExists",
      "LimitPodHardAntiAffinityTopology", "LimitRanger", "ServiceAccount", "NodeRestriction",
      "TaintNodesByCondition", "AlwaysPullImages", "ImagePolicyWebhook", "PodSecurity",
      "PodNodeSelector", "Priority", "DefaultTolerationSeconds", "PodTolerationRestriction",
      "EventRateLimit", "ExtendedResourceToleration", "DefaultStorageClass",
      "StorageObjectInUseProtection", "OwnerReferencesPermissionEnforcement",
      "PersistentVolumeClaimResize", "RuntimeClass", "CertificateApproval",
      "CertificateSigning", "ClusterTrustBundleAttest", "CertificateSubjectRestriction",
      "DefaultIngressClass", "DenyServiceExternalIPs", "PodTopologyLabels",
      "MutatingAdmissionPolicy", "MutatingAdmissionWebhook", "ValidatingAdmissionPolicy",
      "ValidatingAdmissionWebhook", "ResourceQuota", "AlwaysDeny");

  /** Spec part 1 §2.2, without the plugins that are newer than 1.33. */
  private static final List<String> DEFAULT_ON = List.of("NamespaceLifecycle", "LimitRanger",
      "ServiceAccount", "DefaultStorageClass", "PersistentVolumeClaimResize",
      "DefaultTolerationSeconds", "MutatingAdmissionWebhook", "ValidatingAdmissionWebhook",
      "ResourceQuota", "StorageObjectInUseProtection", "Priority", "TaintNodesByCondition",
      "RuntimeClass", "CertificateApproval", "CertificateSigning", "ClusterTrustBundleAttest",
      "CertificateSubjectRestriction", "DefaultIngressClass", "PodSecurity", "PodTopologyLabels",
      "MutatingAdmissionPolicy", "ValidatingAdmissionPolicy");

  @Test
  void currentPluginsAreUpstream133AllOrderedPluginsInOrder() {
    List<String> current = BuiltInPlugins.ORDER.stream()
        .filter(p -> p.lifecycle() != Lifecycle.REMOVED).map(KnownPlugin::name).toList();
    assertThat(current).containsExactlyElementsOf(UPSTREAM_1_33);
  }

  @Test
  void defaultOnSetIsUpstreams() {
    assertThat(BuiltInPlugins.defaultOn()).containsExactlyInAnyOrderElementsOf(DEFAULT_ON);
    assertThat(BuiltInPlugins.defaultOff()).doesNotContainAnyElementsOf(DEFAULT_ON)
        .hasSize(BuiltInPlugins.ORDER.size() - DEFAULT_ON.size())
        .contains("AlwaysPullImages", "AlwaysAdmit", "AlwaysDeny", "NodeRestriction");
  }

  @Test
  void namesAreUnique() {
    assertThat(BuiltInPlugins.names()).doesNotHaveDuplicates();
  }

  /** Spec part 2 §1.9, legacy order. */
  static Stream<Arguments> legacyPositions() {
    return Stream.of(
        arguments("SecurityContextDeny", "NamespaceExists", "LimitPodHardAntiAffinityTopology"),
        arguments("PodPreset", "LimitPodHardAntiAffinityTopology", "LimitRanger"),
        arguments("PodSecurityPolicy", "PodSecurity", "PodNodeSelector"),
        arguments("DenyEscalatingExec", "PodTolerationRestriction", "DenyExecOnPrivileged"),
        arguments("DenyExecOnPrivileged", "DenyEscalatingExec", "EventRateLimit"),
        arguments("PersistentVolumeLabel", "ExtendedResourceToleration", "DefaultStorageClass"));
  }

  @ParameterizedTest(name = "{0} runs between {1} and {2}")
  @MethodSource("legacyPositions")
  void removedPluginsKeepTheirHistoricalPosition(String plugin, String before, String after) {
    List<String> names = BuiltInPlugins.names();
    assertThat(names.indexOf(plugin)).isEqualTo(names.indexOf(before) + 1)
        .isEqualTo(names.indexOf(after) - 1);
    assertThat(BuiltInPlugins.defaultOff()).contains(plugin);
  }
}
