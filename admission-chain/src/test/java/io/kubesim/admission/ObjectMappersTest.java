package io.kubesim.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubesim.admission.testing.Json;
import org.junit.jupiter.api.Test;

class ObjectMappersTest {

  private static final String POD = "{'apiVersion':'v1','kind':'Pod','metadata':{'name':'web',"
      + "'labels':{'app':'web'}},'spec':{'containers':[{'name':'c','image':'nginx',"
      + "'resources':{'limits':{'cpu':'500m','memory':'1Gi'}}}]}}";

  @Test
  void aTypedViewRoundTripsWithoutChanges() {
    ObjectNode tree = Json.object(POD);

    Pod pod = ObjectMappers.toTyped(tree, Pod.class);

    assertThat(pod.getSpec().getContainers().get(0).getResources().getLimits().get("cpu")
        .toString()).isEqualTo("500m");
    assertThat(ObjectMappers.toTree(pod)).isEqualTo(tree);
  }

  @Test
  void typedChangesLandInTheRequestObjectInPlace() {
    ObjectNode tree = Json.object(POD);
    Pod pod = ObjectMappers.toTyped(tree, Pod.class);
    pod.getMetadata().getLabels().put("tier", "front");

    ObjectMappers.replaceContents(tree, pod);

    assertThat(tree.at("/metadata/labels")).isEqualTo(Json.node("{'app':'web','tier':'front'}"));
  }

  @Test
  void aTreeThatDoesNotFitTheTypeIsRejected() {
    assertThatThrownBy(() -> ObjectMappers.toTyped(Json.object("{'spec':{'containers':5}}"),
        Pod.class)).isInstanceOf(IllegalArgumentException.class);
  }
}
