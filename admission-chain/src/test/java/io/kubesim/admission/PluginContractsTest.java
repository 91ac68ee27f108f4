package io.kubesim.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.admission.plugins.PluginRegistry;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import io.kubesim.admission.testing.TestPlugin;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every implemented plugin keeps the framework's contracts: mutators are idempotent, validators
 * change nothing, and each plugin lives in its own documented package.
 */
class PluginContractsTest {

  private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();

  private static List<Supplier<AdmissionRequest>> sampleRequests() {
    String pod = "{'kind':'Pod','metadata':{'name':'web','namespace':'default'},'spec':{"
        + "'initContainers':[{'name':'i','image':'busybox','imagePullPolicy':'Never'}],"
        + "'containers':[{'name':'c','image':'nginx'}],"
        + "'volumes':[{'name':'v','image':{'reference':'data','pullPolicy':'IfNotPresent'}}]}}";
    return List.of(
        () -> Requests.pod(Operation.CREATE).name("web").object(Json.object(pod)).build(),
        () -> Requests.pod(Operation.UPDATE).name("web").oldObject(Json.object(pod))
            .object(Json.object(pod.replace("nginx", "nginx:2"))).build(),
        () -> Requests.pod(Operation.DELETE).name("web").oldObject(Json.object(pod)).build(),
        () -> Requests.pod(Operation.CREATE).resource("", "v1", "configmaps")
            .kind("", "v1", "ConfigMap").name("cm")
            .object(Json.object("{'kind':'ConfigMap','metadata':{'name':'cm'}}")).build());
  }

  private static Stream<AdmissionPlugin> plugins() {
    PluginEnvironment environment = PluginEnvironment.of(ClusterView.empty());
    return REGISTRY.implemented().stream().sorted()
        .map(name -> REGISTRY.factory(name).orElseThrow().createFrom(null, environment));
  }

  @TestFactory
  Stream<DynamicTest> mutatorsAreIdempotent() {
    return plugins().filter(MutatingPlugin.class::isInstance).flatMap(plugin ->
        sampleRequests().stream().map(request -> DynamicTest.dynamicTest(
            plugin.name() + " on " + request.get().operation() + " "
                + request.get().resource().resource(),
            () -> PluginChecks.assertIdempotent((MutatingPlugin) plugin, request.get()))));
  }

  @TestFactory
  Stream<DynamicTest> validatorsChangeNothing() {
    return plugins().filter(ValidatingPlugin.class::isInstance).flatMap(plugin ->
        sampleRequests().stream().map(request -> DynamicTest.dynamicTest(
            plugin.name() + " on " + request.get().operation() + " "
                + request.get().resource().resource(),
            () -> PluginChecks.assertDoesNotMutate((ValidatingPlugin) plugin, request.get()))));
  }

  @TestFactory
  Stream<DynamicTest> eachPluginHasItsOwnDocumentedPackage() {
    return plugins().map(plugin -> DynamicTest.dynamicTest(plugin.name(), () -> {
      String expected = "io.kubesim.admission.plugins." + plugin.name().toLowerCase(Locale.ROOT);
      assertThat(plugin.getClass().getPackageName()).isEqualTo(expected);
      assertThat(Class.forName(expected + ".package-info")).isNotNull();
    }));
  }

  @Test
  void theIdempotencyCheckCatchesAPluginThatKeepsChanging() {
    MutatingPlugin counter = TestPlugin.mutating("Counter", EnumSet.allOf(Operation.class),
        (r, c) -> r.object().put("count", r.object().path("count").asInt() + 1));

    assertThatThrownBy(() -> PluginChecks.assertIdempotent(counter,
        Requests.pod(Operation.CREATE).object(Json.object("{}")).build()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Counter is not idempotent");
  }

  @Test
  void theNoMutationCheckCatchesAValidatorThatChangesTheObject() {
    ValidatingPlugin sneaky = TestPlugin.validating("Sneaky", EnumSet.allOf(Operation.class),
        (r, c) -> r.object().put("touched", true));

    assertThatThrownBy(() -> PluginChecks.assertDoesNotMutate(sneaky,
        Requests.pod(Operation.CREATE).object(Json.object("{}")).build()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Sneaky changed the object");
  }
}
