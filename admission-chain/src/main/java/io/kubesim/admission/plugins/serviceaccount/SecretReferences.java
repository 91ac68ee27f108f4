package io.kubesim.admission.plugins.serviceaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.status.StatusErrors;
import java.util.HashSet;
import java.util.Set;

/**
 * The mountable-secrets rule: when a service account enforces it, its pods may only use the
 * secrets it lists in {@code secrets} and the pull secrets it lists in {@code imagePullSecrets}.
 */
final class SecretReferences {

  private SecretReferences() {}

  /** Checks a new pod; a violation is a 403 naming the first offending reference. */
  static void checkPod(AdmissionRequest request, ObjectNode pod, ObjectNode account) {
    if (!enforced(account)) {
      return;
    }
    String violation = firstViolation(pod, account);
    if (violation != null) {
      throw StatusErrors.forbidden(request, violation);
    }
  }

  /**
   * Checks the ephemeral containers of a pod written through {@code pods/ephemeralcontainers}.
   * A violation is upstream's plain error, not a Forbidden: the API answers 500 with no reason.
   */
  static void checkEphemeralContainers(ObjectNode pod, ObjectNode account) {
    if (!enforced(account)) {
      return;
    }
    Set<String> mountable = names(account.path("secrets"));
    String violation = containerViolation(pod, "ephemeralContainers", "ephemeral container",
        mountable, accountName(account));
    if (violation != null) {
      throw StatusErrors.plainError(violation);
    }
  }

  private static String firstViolation(ObjectNode pod, ObjectNode account) {
    String accountName = accountName(account);
    Set<String> mountable = names(account.path("secrets"));
    for (JsonNode volume : pod.path("spec").path("volumes")) {
      JsonNode secret = volume.path("secret");
      String secretName = secret.path("secretName").asText("");
      if (secret.isObject() && !mountable.contains(secretName)) {
        return "volume with secret.secretName=\"" + secretName + "\" is not allowed because "
            + "service account " + accountName + " does not reference that secret";
      }
    }
    String violation = containerViolation(pod, "initContainers", "init container", mountable,
        accountName);
    if (violation == null) {
      violation = containerViolation(pod, "containers", "container", mountable, accountName);
    }
    if (violation != null) {
      return violation;
    }
    Set<String> pullSecrets = names(account.path("imagePullSecrets"));
    JsonNode references = pod.path("spec").path("imagePullSecrets");
    for (int i = 0; i < references.size(); i++) {
      String name = references.get(i).path("name").asText("");
      if (!pullSecrets.contains(name)) {
        return "imagePullSecrets[" + i + "].name=\"" + name + "\" is not allowed because "
            + "service account " + accountName + " does not reference that imagePullSecret";
      }
    }
    return null;
  }

  private static String containerViolation(ObjectNode pod, String list, String what,
      Set<String> mountable, String accountName) {
    String suffix = "\" is not allowed because service account " + accountName
        + " does not reference that secret";
    for (JsonNode container : pod.path("spec").path(list)) {
      String containerName = container.path("name").asText("");
      for (JsonNode env : container.path("env")) {
        JsonNode ref = env.path("valueFrom").path("secretKeyRef");
        String secret = ref.path("name").asText("");
        if (ref.isObject() && !mountable.contains(secret)) {
          return what + " " + containerName + " with envVar " + env.path("name").asText("")
              + " referencing secret.secretName=\"" + secret + suffix;
        }
      }
      for (JsonNode envFrom : container.path("envFrom")) {
        JsonNode ref = envFrom.path("secretRef");
        String secret = ref.path("name").asText("");
        if (ref.isObject() && !mountable.contains(secret)) {
          return what + " " + containerName + " with envFrom referencing secret.secretName=\""
              + secret + suffix;
        }
      }
    }
    return null;
  }

  // the annotation is read like Go's strconv.ParseBool; anything unparsable means "no"
  private static boolean enforced(ObjectNode account) {
    String value = account.path("metadata").path("annotations")
        .path(ServiceAccount.ENFORCE_MOUNTABLE_SECRETS).asText("");
    return Set.of("1", "t", "T", "TRUE", "true", "True").contains(value);
  }

  private static String accountName(ObjectNode account) {
    return account.path("metadata").path("name").asText("");
  }

  private static Set<String> names(JsonNode references) {
    Set<String> names = new HashSet<>();
    references.forEach(r -> names.add(r.path("name").asText("")));
    return names;
  }
}
