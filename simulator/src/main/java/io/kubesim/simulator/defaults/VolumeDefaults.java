package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of pod volumes and of the volume sources a PersistentVolume shares with them: a volume
 * without a source is an {@code emptyDir}; secret, configMap, downwardAPI and projected volumes
 * get file mode {@code 0644} (420); hostPath gets type {@code ""}; token projections last an hour;
 * the legacy in-tree plugins get their upstream settings.
 */
final class VolumeDefaults {

  /** Upstream's {@code SecretVolumeSourceDefaultMode} and its siblings: 0644. */
  static final int DEFAULT_MODE = 0644;
  private static final int TOKEN_EXPIRATION_SECONDS = 3600;

  private VolumeDefaults() {}

  /** One entry of {@code spec.volumes}. */
  static void volume(ObjectNode volume) {
    boolean hasSource = volume.properties().stream()
        .anyMatch(f -> !f.getKey().equals("name") && !f.getValue().isNull());
    if (!hasSource) {
      volume.putObject("emptyDir");
    }
    persistentSources(volume);
    for (String withMode : new String[] {"secret", "configMap"}) {
      ObjectNode source = pointer(volume, withMode);
      if (source != null) {
        setIfNil(source, "defaultMode", DEFAULT_MODE);
      }
    }
    ObjectNode downwardApi = pointer(volume, "downwardAPI");
    if (downwardApi != null) {
      setIfNil(downwardApi, "defaultMode", DEFAULT_MODE);
      downwardApiItems(downwardApi);
    }
    ObjectNode projected = pointer(volume, "projected");
    if (projected != null) {
      projected(projected);
    }
    ObjectNode claimSpec = GoFields.at(volume, "ephemeral", "volumeClaimTemplate", "spec");
    if (claimSpec != null) {
      StorageDefaults.claimSpec(claimSpec);
    }
  }

  /**
   * The sources a PersistentVolume spec and a pod volume have in common and upstream defaults:
   * hostPath, rbd, iscsi, azureDisk and scaleIO.
   */
  static void persistentSources(ObjectNode source) {
    ObjectNode hostPath = pointer(source, "hostPath");
    if (hostPath != null) {
      setIfNil(hostPath, "type", "");
    }
    ObjectNode rbd = pointer(source, "rbd");
    if (rbd != null) {
      setIfZero(rbd, "pool", "rbd");
      setIfZero(rbd, "user", "admin");
      setIfZero(rbd, "keyring", "/etc/ceph/keyring");
    }
    ObjectNode iscsi = pointer(source, "iscsi");
    if (iscsi != null) {
      setIfZero(iscsi, "iscsiInterface", "default");
    }
    ObjectNode azureDisk = pointer(source, "azureDisk");
    if (azureDisk != null) {
      setIfNil(azureDisk, "cachingMode", "ReadWrite");
      setIfNil(azureDisk, "kind", "Shared");
      setIfNil(azureDisk, "fsType", "ext4");
      setIfNil(azureDisk, "readOnly", false);
    }
    ObjectNode scaleIo = pointer(source, "scaleIO");
    if (scaleIo != null) {
      setIfZero(scaleIo, "storageMode", "ThinProvisioned");
      setIfZero(scaleIo, "fsType", "xfs");
    }
  }

  private static void projected(ObjectNode projected) {
    setIfNil(projected, "defaultMode", DEFAULT_MODE);
    for (ObjectNode source : items(projected, "sources")) {
      ObjectNode downwardApi = pointer(source, "downwardAPI");
      if (downwardApi != null) {
        downwardApiItems(downwardApi);
      }
      ObjectNode token = pointer(source, "serviceAccountToken");
      if (token != null) {
        setIfNil(token, "expirationSeconds", TOKEN_EXPIRATION_SECONDS);
      }
    }
  }

  private static void downwardApiItems(ObjectNode downwardApi) {
    for (ObjectNode item : items(downwardApi, "items")) {
      ObjectNode fieldRef = pointer(item, "fieldRef");
      if (fieldRef != null) {
        ContainerDefaults.fieldSelector(fieldRef);
      }
    }
  }
}
