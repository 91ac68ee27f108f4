package io.kubesim.admission.plugins.serviceaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.PluginFactory;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusErrors;
import java.util.Optional;

/**
 * Gives new pods a service account ({@code default} unless they name one), mounts its API token
 * as the projected {@code kube-api-access-<suffix>} volume, copies its image pull secrets, and
 * rejects pods whose service account does not exist or whose secret references it does not allow.
 */
public final class ServiceAccount implements MutatingPlugin, ValidatingPlugin {

  public static final String NAME = "ServiceAccount";

  /** The service account of pods that name none. */
  public static final String DEFAULT_SERVICE_ACCOUNT = "default";

  /** Annotation on a service account that restricts its pods to the secrets it lists. */
  public static final String ENFORCE_MOUNTABLE_SECRETS = "kubernetes.io/enforce-mountable-secrets";

  /** Annotation the kubelet puts on the API copy of a static pod. */
  public static final String MIRROR_POD = "kubernetes.io/config.mirror";

  private static final GroupResource PODS = new GroupResource("", "pods");
  private static final String EPHEMERAL_CONTAINERS = "ephemeralcontainers";
  // upstream's not-found error for this lookup names the singular resource
  private static final GroupResource SERVICE_ACCOUNT = new GroupResource("", "serviceaccount");

  private final ClusterView cluster;
  private final IdSource ids;

  public ServiceAccount(ClusterView cluster, IdSource ids) {
    this.cluster = cluster;
    this.ids = ids;
  }

  /** The factory; ServiceAccount takes no configuration. */
  public static PluginFactory<Void> factory() {
    return PluginFactory.unconfigured(NAME,
        environment -> new ServiceAccount(environment.cluster(), environment.ids()));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(Operation operation) {
    return operation == Operation.CREATE || operation == Operation.UPDATE;
  }

  @Override
  public void admit(AdmissionRequest request, AdmissionContext context) {
    if (ignores(request) || request.operation() != Operation.CREATE) {
      return;
    }
    ObjectNode pod = request.object();
    // the kubelet deletes a mirror pod whose spec differs from its static pod: never change one
    if (!isMirrorPod(pod)) {
      ObjectNode spec = pod.withObjectProperty("spec");
      String accountName = serviceAccountName(pod);
      if (accountName.isEmpty()) {
        accountName = DEFAULT_SERVICE_ACCOUNT;
      }
      // v1 keeps the deprecated serviceAccount field equal to serviceAccountName
      spec.put("serviceAccountName", accountName).put("serviceAccount", accountName);
      ObjectNode account = requireServiceAccount(request, accountName);
      if (automounts(pod, account)) {
        TokenVolume.mount(pod, () -> TokenVolume.PREFIX + ids.suffix(5));
      }
      copyImagePullSecrets(spec, account);
    }
    validate(request, context);
  }

  @Override
  public void validate(AdmissionRequest request, AdmissionContext context) {
    if (ignores(request)) {
      return;
    }
    ObjectNode pod = request.object();
    if (request.operation() == Operation.UPDATE
        && request.subresource().equals(EPHEMERAL_CONTAINERS)) {
      SecretReferences.checkEphemeralContainers(pod, accountFor(request, pod));
      return;
    }
    if (request.operation() != Operation.CREATE) {
      return;
    }
    if (isMirrorPod(pod)) {
      MirrorPods.check(request, pod, serviceAccountName(pod));
      return;
    }
    SecretReferences.checkPod(request, pod, accountFor(request, pod));
  }

  private ObjectNode accountFor(AdmissionRequest request, ObjectNode pod) {
    String accountName = serviceAccountName(pod);
    if (accountName.isEmpty()) {
      throw StatusErrors.forbidden(request, "no service account specified for pod "
          + request.namespace() + "/" + pod.path("metadata").path("name").asText(""));
    }
    return requireServiceAccount(request, accountName);
  }

  private ObjectNode requireServiceAccount(AdmissionRequest request, String accountName) {
    Optional<ObjectNode> account;
    String failure = null;
    try {
      account = cluster.get(KnownResources.SERVICE_ACCOUNTS, request.namespace(), accountName);
    } catch (RuntimeException e) {
      account = Optional.empty();
      failure = String.valueOf(e.getMessage());
    }
    if (account.isPresent()) {
      return account.get();
    }
    if (failure == null) {
      failure = StatusErrors.notFound(SERVICE_ACCOUNT, accountName).getMessage();
    }
    // upstream retries a missing "default" for up to 2s while its controller catches up; the
    // simulator's controller has created it before the namespace's creation returned
    throw StatusErrors.forbidden(request, "error looking up service account "
        + request.namespace() + "/" + accountName + ": " + failure);
  }

  /** The pod's service account name; the deprecated field stands in when the new one is empty. */
  static String serviceAccountName(ObjectNode pod) {
    JsonNode spec = pod.path("spec");
    String name = spec.path("serviceAccountName").asText("");
    return name.isEmpty() ? spec.path("serviceAccount").asText("") : name;
  }

  // the pod's own preference wins, then the service account's; mounting is the default
  private static boolean automounts(ObjectNode pod, ObjectNode account) {
    JsonNode podSetting = pod.path("spec").path("automountServiceAccountToken");
    if (podSetting.isBoolean()) {
      return podSetting.booleanValue();
    }
    JsonNode accountSetting = account.path("automountServiceAccountToken");
    return !accountSetting.isBoolean() || accountSetting.booleanValue();
  }

  // a pod with pull secrets of its own keeps exactly those
  private static void copyImagePullSecrets(ObjectNode spec, ObjectNode account) {
    JsonNode accountSecrets = account.path("imagePullSecrets");
    if (!spec.path("imagePullSecrets").isEmpty() || accountSecrets.isEmpty()) {
      return;
    }
    ArrayNode secrets = spec.putArray("imagePullSecrets");
    accountSecrets.forEach(s -> secrets.addObject().put("name", s.path("name").asText("")));
  }

  private static boolean ignores(AdmissionRequest request) {
    String subresource = request.subresource();
    return !PODS.equals(request.resource().groupResource())
        || (!subresource.isEmpty() && !subresource.equals(EPHEMERAL_CONTAINERS))
        || request.object() == null
        // a tree without a kind is taken as what the resource says it is
        || !request.object().path("kind").asText("Pod").equals("Pod");
  }

  private static boolean isMirrorPod(ObjectNode pod) {
    return pod.path("metadata").path("annotations").has(MIRROR_POD);
  }
}
