package io.kubesim.simulator.strategy;

import static io.kubesim.simulator.strategy.StrategyJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.ObjectStores;
import io.kubesim.simulator.store.StoreOptions;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The QoS class a pod is created with, from its containers' cpu and memory resources. */
class PodQosClassTest {

  private static final String FULL = "{'requests':{'cpu':'100m','memory':'64Mi'},"
      + "'limits':{'cpu':'0.1','memory':'64Mi'}}";

  static Stream<Arguments> pods() {
    return Stream.of(
        arguments("no resources at all is BestEffort", "[{}]", "[]", "BestEffort"),
        arguments("zero quantities and other resources do not count", "[{'resources':"
            + "{'requests':{'cpu':'0','ephemeral-storage':'1Gi'},'limits':{'memory':'0'}}}]",
            "[]", "BestEffort"),
        arguments("equal cpu and memory requests and limits are Guaranteed",
            "[{'resources':" + FULL + "}]", "[]", "Guaranteed"),
        arguments("every container, init containers too, must limit both for Guaranteed",
            "[{'resources':" + FULL + "}]", "[{'resources':{'limits':{'cpu':'1'},"
                + "'requests':{'cpu':'1'}}}]", "Burstable"),
        arguments("a request below its limit is Burstable", "[{'resources':"
            + "{'requests':{'cpu':'50m','memory':'64Mi'},'limits':{'cpu':'100m',"
            + "'memory':'64Mi'}}}]", "[]", "Burstable"),
        arguments("a request alone is Burstable", "[{'resources':{'requests':{'memory':'1Gi'}}}]",
            "[]", "Burstable"),
        arguments("a malformed quantity counts as absent, for validation to reject",
            "[{'resources':{'requests':{'cpu':'lots'}}}]", "[]", "BestEffort"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pods")
  void aCreatedPodIsGivenTheQosClassOfItsResources(String behaviour, String containers,
      String initContainers, String qosClass) {
    ObjectNode pod = json("{'spec':{'containers':" + containers + ",'initContainers':"
        + initContainers + "},'status':{'phase':'Pending'}}");

    try (ObjectStore store = ObjectStores.inMemory(StoreOptions.defaults())) {
      StorageHooks.kubernetes133(store).beforeCreate(new GroupResource("", "pods"), pod);
    }

    assertThat(pod.path("status").path("qosClass").asText()).isEqualTo(qosClass);
    assertThat(pod.path("status").path("phase").asText()).isEqualTo("Pending");
  }
}
