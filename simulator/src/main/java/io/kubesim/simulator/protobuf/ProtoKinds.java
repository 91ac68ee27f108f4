package io.kubesim.simulator.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V1Admissionregistration;
import io.kubernetes.client.proto.V1Apps;
import io.kubernetes.client.proto.V1Authentication;
import io.kubernetes.client.proto.V1Authorization;
import io.kubernetes.client.proto.V1Autoscaling;
import io.kubernetes.client.proto.V1Batch;
import io.kubernetes.client.proto.V1Certificates;
import io.kubernetes.client.proto.V1Networking;
import io.kubernetes.client.proto.V1Policy;
import io.kubernetes.client.proto.V1Rbac;
import io.kubernetes.client.proto.V1Scheduling;
import io.kubernetes.client.proto.V1Storage;
import io.kubernetes.client.proto.V2Autoscaling;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the generated Protobuf message of a built-in kind by {@code apiVersion} and {@code kind}:
 * {@code v1 ConfigMap} is {@code V1.ConfigMap}, {@code apps/v1 Deployment} is
 * {@code V1Apps.Deployment}. A kind is a message of its group-version's {@code generated.proto}
 * that has object metadata; anything else (custom resources, groups the library lacks) has none.
 */
public final class ProtoKinds {

  /**
   * The generated outer class of each served group-version. apiextensions.k8s.io stays out: its
   * JSONSchemaProps uses JSON names ({@code $ref}, {@code x-kubernetes-*}) no proto field has.
   */
  private static final Map<String, Class<?>> OUTER_CLASSES = Map.ofEntries(
      Map.entry("v1", V1.class),
      Map.entry("apps/v1", V1Apps.class),
      Map.entry("authentication.k8s.io/v1", V1Authentication.class),
      Map.entry("authorization.k8s.io/v1", V1Authorization.class),
      Map.entry("autoscaling/v1", V1Autoscaling.class),
      Map.entry("autoscaling/v2", V2Autoscaling.class),
      Map.entry("batch/v1", V1Batch.class),
      Map.entry("certificates.k8s.io/v1", V1Certificates.class),
      Map.entry("networking.k8s.io/v1", V1Networking.class),
      Map.entry("policy/v1", V1Policy.class),
      Map.entry("rbac.authorization.k8s.io/v1", V1Rbac.class),
      Map.entry("scheduling.k8s.io/v1", V1Scheduling.class),
      Map.entry("storage.k8s.io/v1", V1Storage.class),
      Map.entry("admissionregistration.k8s.io/v1", V1Admissionregistration.class));

  private static final String OBJECT_META = "k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta";

  private static final Map<String, Optional<Message>> FOUND = new ConcurrentHashMap<>();

  private ProtoKinds() {}

  /** The default instance of the message for {@code apiVersion} and {@code kind}, if any. */
  public static Optional<Message> prototype(String apiVersion, String kind) {
    return FOUND.computeIfAbsent(apiVersion + " " + kind, k -> load(apiVersion, kind));
  }

  /** True when bodies of this kind can be decoded. */
  public static boolean supports(String apiVersion, String kind) {
    return prototype(apiVersion, kind).isPresent();
  }

  private static Optional<Message> load(String apiVersion, String kind) {
    Class<?> outer = OUTER_CLASSES.get(apiVersion);
    if (outer == null || kind.isEmpty() || !Character.isUpperCase(kind.charAt(0))) {
      return Optional.empty();
    }
    try {
      Class<?> generated = Class.forName(outer.getName() + "$" + kind, true,
          outer.getClassLoader());
      if (!Message.class.isAssignableFrom(generated)) {
        return Optional.empty();
      }
      Message prototype = (Message) generated.getMethod("getDefaultInstance").invoke(null);
      return hasObjectMeta(prototype.getDescriptorForType())
          ? Optional.of(prototype) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the Protobuf message of " + apiVersion + " "
          + kind, e);
    }
  }

  private static boolean hasObjectMeta(Descriptor descriptor) {
    FieldDescriptor metadata = descriptor.findFieldByName("metadata");
    return metadata != null && metadata.getType() == FieldDescriptor.Type.MESSAGE
        && metadata.getMessageType().getFullName().equals(OBJECT_META);
  }
}
