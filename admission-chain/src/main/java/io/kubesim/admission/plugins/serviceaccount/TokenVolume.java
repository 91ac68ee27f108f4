package io.kubesim.admission.plugins.serviceaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.util.List;
import java.util.function.Supplier;

/**
 * The projected volume that gives a pod its service account's API credentials (a bound token, the
 * cluster CA, the namespace), and its mount in every init container and container.
 */
final class TokenVolume {

  /** Volume names starting with this are taken as the token volume. */
  static final String PREFIX = "kube-api-access-";

  /** Where the kubelet and client libraries look for the credentials. */
  static final String MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";

  /** Upstream's {@code WarnOnlyBoundTokenExpirationSeconds}: one hour and seven seconds. */
  static final int EXPIRATION_SECONDS = 3607;

  /** Octal 0644, upstream's {@code ProjectedVolumeSourceDefaultMode}, set explicitly. */
  static final int DEFAULT_MODE = 420;

  // ephemeral containers are left alone: they are added later, through their own subresource
  private static final List<String> MOUNTING_CONTAINERS = List.of("initContainers", "containers");

  private TokenVolume() {}

  /**
   * Mounts the token volume into every init container and container that has nothing at {@link
   * #MOUNT_PATH} yet, and adds the volume when a container got the mount and the pod has no
   * {@code kube-api-access-*} volume. An existing such volume is reused, never replaced.
   *
   * @param newName a fresh volume name, asked for only when the pod has no token volume
   */
  static void mount(ObjectNode pod, Supplier<String> newName) {
    ObjectNode spec = pod.withObjectProperty("spec");
    String existing = existingVolume(spec);
    String volumeName = existing != null ? existing : newName.get();
    boolean mounted = false;
    for (String list : MOUNTING_CONTAINERS) {
      for (JsonNode container : spec.path(list)) {
        if (container instanceof ObjectNode c && !hasMountAtTokenPath(c)) {
          c.withArrayProperty("volumeMounts").addObject().put("name", volumeName)
              .put("readOnly", true).put("mountPath", MOUNT_PATH);
          mounted = true;
        }
      }
    }
    if (existing == null && mounted) {
      spec.withArrayProperty("volumes").add(volume(volumeName));
    }
  }

  /** The volume, with fields in the order the API server writes them. */
  static ObjectNode volume(String name) {
    ObjectNode volume = ObjectMappers.json().createObjectNode().put("name", name);
    ObjectNode projected = volume.putObject("projected");
    ArrayNode sources = projected.putArray("sources");
    sources.addObject().putObject("serviceAccountToken")
        .put("expirationSeconds", EXPIRATION_SECONDS).put("path", "token");
    ObjectNode configMap = sources.addObject().putObject("configMap");
    configMap.put("name", "kube-root-ca.crt");
    configMap.putArray("items").addObject().put("key", "ca.crt").put("path", "ca.crt");
    ObjectNode file = sources.addObject().putObject("downwardAPI").putArray("items").addObject();
    file.put("path", "namespace");
    file.putObject("fieldRef").put("apiVersion", "v1").put("fieldPath", "metadata.namespace");
    projected.put("defaultMode", DEFAULT_MODE);
    return volume;
  }

  private static String existingVolume(ObjectNode spec) {
    for (JsonNode volume : spec.path("volumes")) {
      String name = volume.path("name").asText("");
      if (name.startsWith(PREFIX)) {
        return name;
      }
    }
    return null;
  }

  private static boolean hasMountAtTokenPath(ObjectNode container) {
    for (JsonNode mount : container.path("volumeMounts")) {
      if (MOUNT_PATH.equals(mount.path("mountPath").asText())) {
        return true;
      }
    }
    return false;
  }
}
