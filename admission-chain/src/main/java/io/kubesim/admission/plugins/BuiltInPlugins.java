package io.kubesim.admission.plugins;

import static io.kubesim.admission.plugins.KnownPlugin.deprecated;
import static io.kubesim.admission.plugins.KnownPlugin.off;
import static io.kubesim.admission.plugins.KnownPlugin.on;
import static io.kubesim.admission.plugins.KnownPlugin.removed;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The execution order of every admission plugin kubesim knows, and the default-on set derived
 * from it: kube-apiserver 1.33's {@code AllOrderedPlugins} plus the plugins upstream removed, at
 * the positions they last held.
 */
public final class BuiltInPlugins {

  /**
   * WARNING: this list IS the execution order. The order of {@code --enable-admission-plugins}
   * and of factory registration never matters; only this list does. Keep it identical to
   * upstream's {@code AllOrderedPlugins}: a plugin moved here runs before or after plugins whose
   * effects it depends on, and requests behave differently from a real cluster.
   */
  public static final List<KnownPlugin> ORDER = List.of(
      deprecated("AlwaysAdmit"),
      off("NamespaceAutoProvision"),
      on("NamespaceLifecycle"),
      off("NamespaceExists"),
      removed("SecurityContextDeny", "1.30"),
      off("LimitPodHardAntiAffinityTopology"),
      removed("PodPreset", "1.20"),
      on("LimitRanger"),
      on("ServiceAccount"),
      off("NodeRestriction"),
      on("TaintNodesByCondition"),
      off("AlwaysPullImages"),
      off("ImagePolicyWebhook"),
      // upstream ran PodSecurity before PodSecurityPolicy so that audit and warn still happen
      on("PodSecurity"),
      removed("PodSecurityPolicy", "1.25"),
      off("PodNodeSelector"),
      on("Priority"),
      on("DefaultTolerationSeconds"),
      off("PodTolerationRestriction"),
      removed("DenyEscalatingExec", "1.18"),
      removed("DenyExecOnPrivileged", "1.18"),
      off("EventRateLimit"),
      off("ExtendedResourceToleration"),
      removed("PersistentVolumeLabel", "1.31"),
      on("DefaultStorageClass"),
      on("StorageObjectInUseProtection"),
      off("OwnerReferencesPermissionEnforcement"),
      on("PersistentVolumeClaimResize"),
      on("RuntimeClass"),
      on("CertificateApproval"),
      on("CertificateSigning"),
      on("ClusterTrustBundleAttest"),
      on("CertificateSubjectRestriction"),
      on("DefaultIngressClass"),
      off("DenyServiceExternalIPs"),
      on("PodTopologyLabels"),
      // new admission plugins should generally be inserted above here;
      // webhook, resourcequota, and deny plugins must go at the end
      on("MutatingAdmissionPolicy"),
      on("MutatingAdmissionWebhook"),
      on("ValidatingAdmissionPolicy"),
      on("ValidatingAdmissionWebhook"),
      on("ResourceQuota"),
      deprecated("AlwaysDeny"));

  private BuiltInPlugins() {}

  /** Every known name, in execution order. */
  public static List<String> names() {
    return ORDER.stream().map(KnownPlugin::name).toList();
  }

  /** The plugins enabled when no flag says otherwise. */
  public static Set<String> defaultOn() {
    return ORDER.stream().filter(KnownPlugin::defaultOn).map(KnownPlugin::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Upstream's {@code DefaultOffAdmissionPlugins()}: every known plugin not on by default. */
  public static Set<String> defaultOff() {
    return ORDER.stream().filter(p -> !p.defaultOn()).map(KnownPlugin::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
