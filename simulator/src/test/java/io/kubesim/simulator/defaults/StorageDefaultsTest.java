package io.kubesim.simulator.defaults;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Defaulting of volumes, claims, storage classes and CSI drivers. */
class StorageDefaultsTest {

  static Stream<DefaultingCase> cases() {
    return Stream.of(
        DefaultingCase.of("a persistent volume is a retained filesystem, pending",
            "v1", "PersistentVolume",
            "{'spec':{'capacity':{'storage':'1Gi'},'hostPath':{'path':'/mnt'}}}",
            "{'status':{'phase':'Pending'},'spec':{'capacity':{'storage':'1Gi'},'hostPath':"
                + "{'path':'/mnt','type':''},'persistentVolumeReclaimPolicy':'Retain',"
                + "'volumeMode':'Filesystem'}}"),
        DefaultingCase.of("legacy in-tree sources get their plugin settings",
            "v1", "PersistentVolume",
            "{'spec':{'persistentVolumeReclaimPolicy':'Delete','volumeMode':'Block',"
                + "'rbd':{'monitors':['m'],'image':'i'},'status':{}}}",
            "{'status':{'phase':'Pending'},'spec':{'persistentVolumeReclaimPolicy':'Delete',"
                + "'volumeMode':'Block','rbd':{'monitors':['m'],'image':'i','pool':'rbd',"
                + "'user':'admin','keyring':'/etc/ceph/keyring'},'status':{}}}"),
        DefaultingCase.of("a claim is a filesystem, pending",
            "v1", "PersistentVolumeClaim",
            "{'spec':{'accessModes':['ReadWriteOnce'],'resources':{'requests':"
                + "{'storage':'1Gi'}}}}",
            "{'status':{'phase':'Pending'},'spec':{'accessModes':['ReadWriteOnce'],"
                + "'resources':{'requests':{'storage':'1Gi'}},'volumeMode':'Filesystem'}}"),
        DefaultingCase.of("a claim that is bound keeps its phase",
            "v1", "PersistentVolumeClaim",
            "{'spec':{'volumeMode':'Block'},'status':{'phase':'Bound'}}",
            "{'spec':{'volumeMode':'Block'},'status':{'phase':'Bound'}}"),
        DefaultingCase.of("a storage class deletes and binds immediately",
            "storage.k8s.io/v1", "StorageClass", "{'provisioner':'x'}",
            "{'provisioner':'x','reclaimPolicy':'Delete','volumeBindingMode':'Immediate'}"),
        DefaultingCase.of("a CSI driver attaches and republishes nothing by default",
            "storage.k8s.io/v1", "CSIDriver", "{'spec':{'podInfoOnMount':true}}",
            "{'spec':{'podInfoOnMount':true,'attachRequired':true,'storageCapacity':false,"
                + "'fsGroupPolicy':'ReadWriteOnceWithFSType','volumeLifecycleModes':"
                + "['Persistent'],'requiresRepublish':false,'seLinuxMount':false}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void defaultingFillsWhatTheClientLeftUnset(DefaultingCase row) {
    row.assertDefaults();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void defaultingTwiceIsDefaultingOnce(DefaultingCase row) {
    row.assertIdempotent();
  }
}
