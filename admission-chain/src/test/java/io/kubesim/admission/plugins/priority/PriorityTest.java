package io.kubesim.admission.plugins.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 2 §7.5, every case, with upstream's test classes. */
class PriorityTest {

  static final String DEFAULT1 = "{'metadata':{'name':'default1'},'value':1000,"
      + "'globalDefault':true}";
  static final String DEFAULT2 = "{'metadata':{'name':'default2'},'value':2000,"
      + "'globalDefault':true}";
  static final String NONDEFAULT1 = "{'metadata':{'name':'nondefault1'},'value':2000}";
  static final String SYSTEM_CLUSTER_CRITICAL = "{'metadata':{'name':'system-cluster-critical'},"
      + "'value':2000000000,'globalDefault':true}";
  static final String PREEMPTING = "{'metadata':{'name':'preemption-policy-class'},"
      + "'value':2000,'preemptionPolicy':'PreemptLowerPriority'}";

  static InMemoryClusterView classes(String... priorityClasses) {
    InMemoryClusterView cluster = new InMemoryClusterView();
    for (String pc : priorityClasses) {
      cluster.put(KnownResources.PRIORITY_CLASSES,
          Json.object(pc).put("apiVersion", "scheduling.k8s.io/v1").put("kind", "PriorityClass"));
    }
    return cluster;
  }

  static Requests pod(String namespace, String spec) {
    return Requests.pod(Operation.CREATE).namespace(namespace).name("pod")
        .object(Json.object("{'kind':'Pod','metadata':{'name':'pod'},'spec':" + spec + "}"));
  }

  static Stream<Arguments> resolved() {
    return Stream.of(
        arguments("1: a pod naming default1", List.of(DEFAULT1, NONDEFAULT1),
            pod("ns", "{'priorityClassName':'default1'}"), "default1", 1000, null),
        arguments("2: a pod naming no class gets the global default", List.of(DEFAULT1),
            pod("ns", "{}"), "default1", 1000, null),
        arguments("3: with no classes at all, priority 0 and PreemptLowerPriority", List.of(),
            pod("ns", "{}"), null, 0, "PreemptLowerPriority"),
        arguments("4: with no default class, priority 0", List.of(NONDEFAULT1), pod("ns", "{}"),
            null, 0, "PreemptLowerPriority"),
        arguments("5: a system pod naming system-cluster-critical",
            List.of(SYSTEM_CLUSTER_CRITICAL),
            pod("kube-system", "{'priorityClassName':'system-cluster-critical'}"),
            "system-cluster-critical", 2000000000, null),
        arguments("8: any namespace may use system-cluster-critical",
            List.of(SYSTEM_CLUSTER_CRITICAL),
            pod("non-system-namespace", "{'priorityClassName':'system-cluster-critical'}"),
            "system-cluster-critical", 2000000000, null),
        arguments("9: a pod giving the priority 0 it would get", List.of(NONDEFAULT1),
            pod("ns", "{'priority':0}"), null, 0, "PreemptLowerPriority"),
        arguments("10: a pod giving the default's priority 2000", List.of(DEFAULT2),
            pod("ns", "{'priority':2000}"), "default2", 2000, null),
        arguments("11: a class with a preemption policy", List.of(PREEMPTING),
            pod("ns", "{'priorityClassName':'preemption-policy-class','priority':2000}"),
            "preemption-policy-class", 2000, "PreemptLowerPriority"),
        arguments("15: of two defaults the lower value wins", List.of(DEFAULT2, DEFAULT1),
            pod("ns", "{}"), "default1", 1000, null));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("resolved")
  void resolvesPriorityFromTheClass(String behaviour, List<String> existing, Requests request,
      String className, int priority, String preemptionPolicy) {
    AdmissionRequest built = request.build();

    new Priority(classes(existing.toArray(String[]::new))).admit(built, new RequestScope());

    ObjectNode spec = (ObjectNode) built.object().get("spec");
    assertThat(spec.path("priorityClassName").textValue()).isEqualTo(className);
    assertThat(spec.path("priority").isInt()).isTrue();
    assertThat(spec.path("priority").intValue()).isEqualTo(priority);
    assertThat(spec.path("preemptionPolicy").textValue()).isEqualTo(preemptionPolicy);
  }

  static Stream<Arguments> denied() {
    return Stream.of(
        arguments("6: a pod naming a class that does not exist", List.of(DEFAULT1, NONDEFAULT1),
            pod("ns", "{'priorityClassName':'non-existing'}"),
            "pods \"pod\" is forbidden: no PriorityClass with name non-existing was found"),
        arguments("7: a pod naming a missing class and giving a priority", List.of(),
            pod("ns", "{'priorityClassName':'default1','priority':1000}"),
            "pods \"pod\" is forbidden: no PriorityClass with name default1 was found"),
        arguments("a pod giving a priority other than its class's", List.of(DEFAULT1),
            pod("ns", "{'priorityClassName':'default1','priority':5}"),
            "pods \"pod\" is forbidden: the integer value of priority (5) must not be provided "
                + "in pod spec; priority admission controller computed 1000 from the given "
                + "PriorityClass name"),
        arguments("12: a pod giving a preemption policy other than its class's",
            List.of(PREEMPTING), pod("ns", "{'priorityClassName':'preemption-policy-class',"
                + "'priority':2000,'preemptionPolicy':'Never'}"),
            "pods \"pod\" is forbidden: the string value of PreemptionPolicy (Never) must not be "
                + "provided in pod spec; priority admission controller computed "
                + "PreemptLowerPriority from the given PriorityClass name"));
  }

  @ParameterizedTest(name = "case {0} is forbidden")
  @MethodSource("denied")
  void deniesPodsThatDisagreeWithTheirClass(String behaviour, List<String> existing,
      Requests request, String message) {
    Priority plugin = new Priority(classes(existing.toArray(String[]::new)));

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request.build(), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo(message);
    assertThat(error.code()).isEqualTo(403);
  }

  static Requests priorityClass(Operation operation, String json) {
    ObjectNode pc = Json.object(json).put("kind", "PriorityClass");
    return Requests.pod(operation).kind("scheduling.k8s.io", "v1", "PriorityClass")
        .resource("scheduling.k8s.io", "v1", "priorityclasses").namespace("")
        .name(pc.at("/metadata/name").asText()).object(pc)
        .oldObject(operation == Operation.UPDATE ? pc.deepCopy() : null);
  }

  @Test
  void case13ASecondDefaultClassIsForbidden() {
    Priority plugin = new Priority(classes(DEFAULT1));

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(priorityClass(Operation.CREATE, DEFAULT2).build(),
            new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("priorityclasses.scheduling.k8s.io \"default2\" is "
        + "forbidden: PriorityClass default1 is already marked as default. Only one default can "
        + "exist");
    assertThat(error.code()).isEqualTo(403);
  }

  static Stream<Arguments> allowedClasses() {
    return Stream.of(
        arguments("14: updating the default class itself", List.of(DEFAULT1),
            priorityClass(Operation.UPDATE, DEFAULT1)),
        arguments("the first default class", List.of(NONDEFAULT1),
            priorityClass(Operation.CREATE, DEFAULT1)),
        arguments("a class that is no default", List.of(DEFAULT1),
            priorityClass(Operation.CREATE, NONDEFAULT1)));
  }

  @ParameterizedTest(name = "case {0} is allowed")
  @MethodSource("allowedClasses")
  void allowsOneDefaultClass(String behaviour, List<String> existing, Requests request) {
    assertThatCode(() -> new Priority(classes(existing.toArray(String[]::new)))
        .validate(request.build(), new RequestScope())).doesNotThrowAnyException();
  }

  @Test
  void makingAnotherClassTheDefaultIsForbidden() {
    Priority plugin = new Priority(classes(DEFAULT1, NONDEFAULT1));
    String promoted = NONDEFAULT1.replace("2000}", "2000,'globalDefault':true}");

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(priorityClass(Operation.UPDATE, promoted).build(),
            new RequestScope()));

    assertThat(error.getMessage()).endsWith(
        "\"nondefault1\" is forbidden: PriorityClass default1 is already marked as default. "
            + "Only one default can exist");
  }

  @Test
  void anUpdateKeepsThePriorityResolvedOnCreate() {
    AdmissionRequest update = Requests.pod(Operation.UPDATE).namespace("ns").name("pod")
        .oldObject(Json.object("{'kind':'Pod','spec':{'priorityClassName':'default1',"
            + "'priority':1000,'preemptionPolicy':'PreemptLowerPriority'}}"))
        .object(Json.object("{'kind':'Pod','spec':{'priorityClassName':'default1'}}")).build();

    new Priority(classes()).admit(update, new RequestScope());

    assertThat(update.object().at("/spec/priority").asInt()).isEqualTo(1000);
    assertThat(update.object().at("/spec/preemptionPolicy").asText())
        .isEqualTo("PreemptLowerPriority");
  }

  @Test
  void anObjectThatIsNotAPodIsABadRequest() {
    AdmissionRequest request = Requests.pod(Operation.CREATE).namespace("ns").name("pod")
        .object(Json.object("{'kind':'Service'}")).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> new Priority(classes()).admit(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(400);
    assertThat(error.getMessage())
        .isEqualTo("resource was marked with kind Pod but was unable to be converted");
  }

  @Test
  void subresourcesAreIgnored() {
    AdmissionRequest request = pod("ns", "{'priorityClassName':'missing'}")
        .subresource("status").build();

    assertThatCode(() -> new Priority(classes()).admit(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "handles {0} unless it is CONNECT")
  @EnumSource(Operation.class)
  void handlesEveryOperationButConnect(Operation operation) {
    assertThat(new Priority(classes()).handles(operation))
        .isEqualTo(operation != Operation.CONNECT);
  }

  @Test
  void admitIsIdempotentAndValidateChangesNothing() {
    PluginChecks.assertIdempotent(new Priority(classes(DEFAULT1)), pod("ns", "{}").build());
    PluginChecks.assertDoesNotMutate(new Priority(classes(DEFAULT1)),
        priorityClass(Operation.CREATE, DEFAULT2).build());
  }
}
