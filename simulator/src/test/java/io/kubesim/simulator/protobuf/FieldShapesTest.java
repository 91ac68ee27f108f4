package io.kubesim.simulator.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.kubesim.admission.ObjectMappers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every field of every kind kubectl sends as Protobuf gets the JSON name the fabric8 model (and
 * so the JSON path) knows, once {@link FieldShapes} has flattened embedded structs and renamed
 * odd proto names: a field upstream adds as {@code json:",inline"} fails here until listed.
 */
class FieldShapesTest {

  /** Proto package → fabric8 model package. */
  private static final Map<String, String> MODEL_PACKAGES = Map.of(
      "k8s.io.api.core.v1", "io.fabric8.kubernetes.api.model",
      "k8s.io.apimachinery.pkg.apis.meta.v1", "io.fabric8.kubernetes.api.model",
      "k8s.io.api.apps.v1", "io.fabric8.kubernetes.api.model.apps",
      "k8s.io.api.batch.v1", "io.fabric8.kubernetes.api.model.batch.v1",
      "k8s.io.api.rbac.v1", "io.fabric8.kubernetes.api.model.rbac",
      "k8s.io.api.networking.v1", "io.fabric8.kubernetes.api.model.networking.v1",
      "k8s.io.api.policy.v1", "io.fabric8.kubernetes.api.model.policy.v1",
      "k8s.io.api.scheduling.v1", "io.fabric8.kubernetes.api.model.scheduling.v1",
      "k8s.io.api.authorization.v1", "io.fabric8.kubernetes.api.model.authorization.v1",
      "k8s.io.api.authentication.v1", "io.fabric8.kubernetes.api.model.authentication");

  /** Fields newer than both Kubernetes 1.33 and the fabric8 model (the proto set is 1.35's). */
  private static final Set<String> NEWER_THAN_133 =
      Set.of("k8s.io.api.core.v1.PodSpec.workloadRef");

  private static final ObjectMapper MAPPER = ObjectMappers.json();

  @TestFactory
  Stream<DynamicTest> everyFieldOfAKindKubectlSendsHasItsJsonName() {
    return Stream.of("v1 ConfigMap", "v1 Secret", "v1 Namespace", "v1 Service",
            "v1 ServiceAccount", "v1 ResourceQuota", "v1 Pod", "apps/v1 Deployment",
            "batch/v1 Job", "batch/v1 CronJob", "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding", "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding", "scheduling.k8s.io/v1 PriorityClass",
            "policy/v1 PodDisruptionBudget", "policy/v1 Eviction", "networking.k8s.io/v1 Ingress",
            "authorization.k8s.io/v1 SelfSubjectAccessReview",
            "authorization.k8s.io/v1 SelfSubjectRulesReview",
            "authentication.k8s.io/v1 SelfSubjectReview", "authentication.k8s.io/v1 TokenRequest")
        .map(kind -> DynamicTest.dynamicTest(kind, () -> {
          String[] parts = kind.split(" ");
          Descriptor message = ProtoKinds.prototype(parts[0], parts[1]).orElseThrow()
              .getDescriptorForType();
          List<String> problems = new ArrayList<>();
          walk(message, modelClass(message), new HashSet<>(), problems);
          assertThat(problems).isEmpty();
        }));
  }

  private static void walk(Descriptor message, Class<?> model, Set<String> seen,
      List<String> problems) {
    if (!seen.add(message.getFullName() + " in " + model.getName())) {
      return;
    }
    Set<String> properties = MAPPER.getSerializationConfig().introspect(
            MAPPER.constructType(model)).findProperties().stream()
        .map(BeanPropertyDefinition::getName).collect(Collectors.toSet());
    for (FieldDescriptor field : message.getFields()) {
      String qualified = message.getFullName() + "." + field.getName();
      if (FieldShapes.isInline(qualified)) {
        walk(field.getMessageType(), model, seen, problems);
        continue;
      }
      String name = FieldShapes.jsonName(qualified, field.getName());
      if (!properties.contains(name) && !NEWER_THAN_133.contains(qualified)) {
        problems.add(qualified + " has no JSON property \"" + name + "\" in " + model.getName());
      }
      FieldDescriptor valueField = field.isMapField()
          ? field.getMessageType().findFieldByNumber(2) : field;
      Descriptor nested = valueField.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          ? valueField.getMessageType() : null;
      if (nested != null && !ApimachineryTypes.isSpecial(nested)
          && !NEWER_THAN_133.contains(qualified)) {
        walk(nested, modelClass(nested), seen, problems);
      }
    }
  }

  private static Class<?> modelClass(Descriptor message) {
    String modelPackage = MODEL_PACKAGES.get(message.getFile().getPackage());
    try {
      return Class.forName(modelPackage + "." + message.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no fabric8 model class for " + message.getFullName(), e);
    }
  }
}
