package io.kubesim.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsV1Test {

  static Stream<Arguments> encodings() {
    PathElement.Key web = PathElement.Key.of(Map.of("name", Json.of("{'n':'web'}").get("n")));
    PathElement.Key port = PathElement.Key.of(Map.of("containerPort",
        Json.of("{'p':80}").get("p"), "protocol", Json.of("{'p':'TCP'}").get("p")));
    FieldPath containers = FieldPath.of("spec", "containers");
    return Stream.of(
        Arguments.of("leaves are empty objects",
            FieldSet.of(FieldPath.of("data", "key1"), FieldPath.of("metadata", "labels", "app")),
            "{'f:data':{'f:key1':{}},'f:metadata':{'f:labels':{'f:app':{}}}}",
            List.of(".data.key1", ".metadata.labels.app")),
        Arguments.of("a member with children lists '.' first",
            FieldSet.of(FieldPath.of("data", "key2"), FieldPath.of("data")),
            "{'f:data':{'.':{},'f:key2':{}}}",
            List.of(".data", ".data.key2")),
        Arguments.of("keyed items are k: with sorted keys",
            FieldSet.of(containers.child(web), containers.child(web).child(
                new PathElement.Field("image")),
                containers.child(web).child(new PathElement.Field("ports")).child(port)),
            "{'f:spec':{'f:containers':{'k:{\\\"name\\\":\\\"web\\\"}':{'.':{},'f:image':{},"
                + "'f:ports':{'k:{\\\"containerPort\\\":80,\\\"protocol\\\":\\\"TCP\\\"}':{}}}}}}",
            List.of(".spec.containers[name=\"web\"]", ".spec.containers[name=\"web\"].image",
                ".spec.containers[name=\"web\"].ports[containerPort=80,protocol=\"TCP\"]")),
        Arguments.of("set items are v: with the JSON value",
            FieldSet.of(FieldPath.of("metadata", "finalizers").child(
                new PathElement.Value(Json.of("{'v':'a/b'}").get("v")))),
            "{'f:metadata':{'f:finalizers':{'v:\\\"a/b\\\"':{}}}}",
            List.of(".metadata.finalizers[=\"a/b\"]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void encodesDecodesAndRendersPaths(String name, FieldSet set, String fieldsV1,
      List<String> rendered) {
    assertThat(FieldsV1.encode(set)).isEqualTo(Json.of(fieldsV1));
    assertThat(FieldsV1.encode(set).toString()).isEqualTo(Json.of(fieldsV1).toString());
    assertThat(FieldsV1.decode(Json.of(fieldsV1))).isEqualTo(set);
    assertThat(set.paths()).map(FieldPath::toString).containsExactlyElementsOf(rendered);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{'x:a':{}}", "{'f:a':1}", "{'k:notjson':{}}"})
  void malformedFieldsV1IsRejected(String fieldsV1) {
    assertThatThrownBy(() -> FieldsV1.decode(Json.of(fieldsV1)))
        .isInstanceOf(RuntimeException.class);
  }

  static Stream<Arguments> setOperations() {
    FieldSet ab = FieldSet.of(FieldPath.of("a"), FieldPath.of("b", "c"));
    FieldSet bc = FieldSet.of(FieldPath.of("b", "c"), FieldPath.of("d"));
    return Stream.of(
        Arguments.of("union", ab.union(bc), List.of(".a", ".d", ".b.c")),
        Arguments.of("difference", ab.difference(bc), List.of(".a")),
        Arguments.of("intersection", ab.intersection(bc), List.of(".b.c")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setOperations")
  void setOperationsWorkMemberByMember(String name, FieldSet result, List<String> paths) {
    assertThat(result.paths()).map(FieldPath::toString).containsExactlyElementsOf(paths);
  }
}
