package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of storage objects: volumes and claims are filesystem volumes that start
 * {@code Pending}, a PersistentVolume is retained when released, a StorageClass deletes and binds
 * immediately, and a CSIDriver gets the conservative capabilities of a plain attachable driver.
 */
final class StorageDefaults {

  private StorageDefaults() {}

  static void persistentVolume(ObjectNode volume) {
    setIfZero(struct(volume, "status"), "phase", "Pending");
    ObjectNode spec = struct(volume, "spec");
    setIfZero(spec, "persistentVolumeReclaimPolicy", "Retain");
    setIfNil(spec, "volumeMode", "Filesystem");
    VolumeDefaults.persistentSources(spec);
  }

  /** A claim, stand-alone or as a StatefulSet's volume claim template. */
  static void persistentVolumeClaim(ObjectNode claim) {
    setIfZero(struct(claim, "status"), "phase", "Pending");
    claimSpec(struct(claim, "spec"));
  }

  static void claimSpec(ObjectNode spec) {
    setIfNil(spec, "volumeMode", "Filesystem");
  }

  static void storageClass(ObjectNode storageClass) {
    setIfNil(storageClass, "reclaimPolicy", "Delete");
    setIfNil(storageClass, "volumeBindingMode", "Immediate");
  }

  static void csiDriver(ObjectNode driver) {
    ObjectNode spec = struct(driver, "spec");
    setIfNil(spec, "attachRequired", true);
    setIfNil(spec, "podInfoOnMount", false);
    setIfNil(spec, "storageCapacity", false);
    setIfNil(spec, "fsGroupPolicy", "ReadWriteOnceWithFSType");
    if (GoFields.isZero(spec, "volumeLifecycleModes")) {
      spec.putArray("volumeLifecycleModes").add("Persistent");
    }
    setIfNil(spec, "requiresRepublish", false);
    setIfNil(spec, "seLinuxMount", false);
  }
}
