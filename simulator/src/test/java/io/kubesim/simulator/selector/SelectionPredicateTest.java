package io.kubesim.simulator.selector;

import static io.kubesim.simulator.selector.UpstreamMessages.NAME_PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.status.StatusException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Query parameters to predicate, and the 400s kube-apiserver answers for bad ones. */
class SelectionPredicateTest {

  private static final GroupResource PODS = new GroupResource("", "pods");
  private static final GroupResource CONFIGMAPS = new GroupResource("", "configmaps");

  static Stream<Arguments> badQueries() {
    return Stream.of(
        arguments("label syntax error", PODS, "app:monolith", null,
            "unable to parse requirement: <nil>: Invalid value: \"app:monolith\": " + NAME_PART),
        arguments("label errors are reported before field errors", PODS, "x in", "foo",
            "unable to parse requirement: found '' expected: '('"),
        arguments("field syntax error", PODS, "", "status.phase",
            "invalid selector: 'status.phase'; can't understand 'status.phase'"),
        arguments("field syntax errors are reported before unsupported fields", PODS, null,
            "foo=bar,x", "invalid selector: 'foo=bar,x'; can't understand 'x'"),
        arguments("unsupported pod field", PODS, "app=web", "foo=bar",
            "field label not supported: foo"),
        arguments("the first unsupported field in sorted order is reported", PODS, null,
            "spec.zzz=1,spec.aaa=2", "field label not supported: spec.aaa"),
        arguments("whitespace is part of the field label", PODS, null,
            "status.phase=Running, spec.nodeName=n",
            "field label not supported:  spec.nodeName"),
        arguments("unknown field of a kind without extra fields", CONFIGMAPS, null, "data.x=1",
            "\"data.x\" is not a known field selector: only \"metadata.name\","
                + " \"metadata.namespace\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void answersBadRequestWithUpstreamsMessage(String behaviour, GroupResource resource,
      String labelSelector, String fieldSelector, String message) {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> SelectionPredicate.fromQuery(resource, labelSelector, fieldSelector));
    assertThat(error.code()).isEqualTo(400);
    assertThat(error.status().reason()).isEqualTo("BadRequest");
    assertThat(error.status().message()).isEqualTo(message);
    assertThat(error.status().details()).isNull();
  }

  static Stream<Arguments> selections() {
    return Stream.of(
        arguments(null, null, true),
        arguments("app=web", "", true),
        arguments("app=web", "metadata.name=web", true),
        arguments("app=web", "metadata.name=other", false),
        arguments("app=db", "metadata.name=web", false),
        arguments("tier notin (be)", "spec.host=node-1,status.phase!=Pending", true),
        arguments("", "spec.nodeName=node-2", false));
  }

  @ParameterizedTest(name = "labels \"{0}\", fields \"{1}\" select the pod: {2}")
  @MethodSource("selections")
  void selectsObjectsMatchingBothSelectors(String labelSelector, String fieldSelector,
      boolean expected) throws Exception {
    ObjectNode pod = (ObjectNode) new ObjectMapper().readTree(
        "{\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\"}},"
            + "\"spec\":{\"nodeName\":\"node-1\"},\"status\":{\"phase\":\"Running\"}}");
    SelectionPredicate predicate =
        SelectionPredicate.fromQuery(PODS, labelSelector, fieldSelector);
    assertThat(predicate.matches(pod)).isEqualTo(expected);
  }

  @Test
  void missingParametersSelectEverything() {
    assertThat(SelectionPredicate.fromQuery(PODS, null, null).isEverything()).isTrue();
    assertThat(SelectionPredicate.fromQuery(PODS, "", ",").isEverything()).isTrue();
    assertThat(SelectionPredicate.everything(CONFIGMAPS).isEverything()).isTrue();
  }

  @Test
  void exposesTheNameAFieldSelectorPins() {
    assertThat(SelectionPredicate.fromQuery(CONFIGMAPS, null, "metadata.name=fin").requiredName())
        .contains("fin");
    assertThat(SelectionPredicate.fromQuery(CONFIGMAPS, "metadata.name=fin", null).requiredName())
        .isEmpty();
  }

  @Test
  void convertsAliasesToCanonicalLabels() {
    SelectionPredicate predicate = SelectionPredicate.fromQuery(
        new GroupResource("events.k8s.io", "events"), null, "regarding.name=web");
    assertThat(predicate.fields().toString()).isEqualTo("involvedObject.name=web");
  }
}
