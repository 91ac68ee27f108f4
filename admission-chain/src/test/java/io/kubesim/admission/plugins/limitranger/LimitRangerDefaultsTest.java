package io.kubesim.admission.plugins.limitranger;

import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.container;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.create;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.limitRange;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.plugin;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.pod;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.validLimitRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.resources.ResourceList;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §11.5 cases 1-4 (defaulting), plus annotation and ordering details. */
class LimitRangerDefaultsTest {

  private static final String DEFAULTS = "{'requests':{'cpu':'50m','memory':'5Mi'},"
      + "'limits':{'cpu':'75m','memory':'10Mi'}}";
  private static final String ANNOTATION = "/metadata/annotations/kubernetes.io~1limit-ranger";

  @Test
  void case1TheContainerItemsGiveTheDefaults() {
    ContainerDefaults defaults = ContainerDefaults.of(validLimitRange());

    assertThat(defaults.requests()).isEqualTo(ResourceList.of(
        Json.node("{'cpu':'50m','memory':'5Mi'}")));
    assertThat(defaults.limits()).isEqualTo(ResourceList.of(
        Json.node("{'cpu':'75m','memory':'10Mi'}")));
  }

  static Stream<Arguments> merges() {
    return Stream.of(
        arguments("2: a container without resources gets every default",
            pod("empty-resources", new ObjectNode[] {container("foo-0", null)}),
            new String[] {DEFAULTS},
            "LimitRanger plugin set: cpu, memory request for container foo-0; cpu, memory limit "
                + "for container foo-0"),
        arguments("3: a container and an init container each get what they lack",
            pod("pod", new ObjectNode[] {container("foo-0", "{'requests':{'memory':'512Mi'}}")},
                container("foo-0", "{'requests':{'memory':'512Mi'}}")),
            new String[] {"{'requests':{'memory':'512Mi','cpu':'50m'},"
                + "'limits':{'cpu':'75m','memory':'10Mi'}}",
                "{'requests':{'memory':'512Mi','cpu':'50m'},"
                + "'limits':{'cpu':'75m','memory':'10Mi'}}"},
            "LimitRanger plugin set: cpu request for container foo-0; cpu, memory limit for "
                + "container foo-0; cpu request for init container foo-0; cpu, memory limit for "
                + "init container foo-0"),
        arguments("4: containers with every resource set are unchanged",
            pod("pod", new ObjectNode[] {container("foo-0", "{'requests':{'cpu':'100m',"
                + "'memory':'512Mi'},'limits':{'cpu':'200m','memory':'1G'}}")},
                container("init-0", "{'requests':{'cpu':'200m','memory':'1G'},"
                    + "'limits':{'cpu':'400m','memory':'2G'}}")),
            new String[] {"{'requests':{'cpu':'100m','memory':'512Mi'},"
                + "'limits':{'cpu':'200m','memory':'1G'}}",
                "{'requests':{'cpu':'200m','memory':'1G'},'limits':{'cpu':'400m','memory':'2G'}}"},
            null));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("merges")
  void missingDefaultsAreSetAndAnnotated(String behaviour, ObjectNode pod, String[] resources,
      String annotation) {
    AdmissionRequest request = create(pod);

    plugin(validLimitRange()).admit(request, new RequestScope());

    assertThat(pod.at("/spec/containers/0/resources")).isEqualTo(Json.node(resources[0]));
    if (resources.length > 1) {
      assertThat(pod.at("/spec/initContainers/0/resources")).isEqualTo(Json.node(resources[1]));
    }
    if (annotation == null) {
      assertThat(pod.at("/metadata/annotations").isMissingNode()).isTrue();
    } else {
      assertThat(pod.at(ANNOTATION).asText()).isEqualTo(annotation);
    }
  }

  @Test
  void ephemeralContainersAreNotDefaulted() {
    ObjectNode pod = pod("{'requests':{'cpu':'50m','memory':'5Mi'},"
        + "'limits':{'cpu':'75m','memory':'10Mi'}}");
    ((ObjectNode) pod.get("spec")).putArray("ephemeralContainers").add(container("debug", null));

    plugin(validLimitRange()).admit(create(pod), new RequestScope());

    assertThat(pod.at("/spec/ephemeralContainers/0/resources").isMissingNode()).isTrue();
    assertThat(pod.at("/metadata/annotations").isMissingNode()).isTrue();
  }

  @Test
  void laterItemsWinAndDefaultsAreWrittenInCanonicalForm() {
    ObjectNode limitRange = limitRange("lr", "{'type':'Container','default':{'cpu':'1'}}",
        "{'type':'Container','default':{'cpu':'0.5'},'defaultRequest':{'memory':'1024Mi'}}",
        "{'type':'Pod','default':{'cpu':'3'}}");
    ObjectNode pod = pod(null);

    plugin(limitRange).admit(create(pod), new RequestScope());

    assertThat(pod.at("/spec/containers/0/resources")).isEqualTo(Json.node(
        "{'limits':{'cpu':'500m'},'requests':{'memory':'1Gi'}}"));
  }

  @Test
  void withSeveralLimitRangesTheLastOneThatSetSomethingWritesTheAnnotation() {
    ObjectNode pod = pod(null);

    plugin(limitRange("a", "{'type':'Container','default':{'cpu':'1'}}"),
        limitRange("b", "{'type':'Container','defaultRequest':{'memory':'1Gi'}}"),
        limitRange("c", "{'type':'Container','default':{'cpu':'2'}}"))
        .admit(create(pod), new RequestScope());

    assertThat(pod.at("/spec/containers/0/resources")).isEqualTo(Json.node(
        "{'limits':{'cpu':'1'},'requests':{'memory':'1Gi'}}"));
    assertThat(pod.at(ANNOTATION).asText())
        .isEqualTo("LimitRanger plugin set: memory request for container foo-0");
  }

  @Test
  void claimsAreNeverDefaulted() {
    ObjectNode claim = LimitRangeFixtures.claim("1Gi");
    ObjectNode before = claim.deepCopy();

    plugin(limitRange("lr", "{'type':'PersistentVolumeClaim','min':{'storage':'1Gi'}}",
        "{'type':'Container','default':{'cpu':'1'}}"))
        .admit(LimitRangeFixtures.claimRequest(io.kubesim.admission.Operation.CREATE, claim)
            .build(), new RequestScope());

    assertThat(claim).isEqualTo(before);
  }

  @Test
  void admitIsIdempotentAndValidateChangesNothing() {
    LimitRanger plugin = plugin(validLimitRange());

    PluginChecks.assertIdempotent(plugin, create(pod(null)));
    PluginChecks.assertDoesNotMutate(plugin, create(pod(null)));
  }
}
