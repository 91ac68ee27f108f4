package io.kubesim.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectFieldsTest {

  private static final ApplySchema POD = ApplySchema.builtIn("v1", "Pod");

  static Stream<Arguments> objects() {
    return Stream.of(
        Arguments.of("map values are leaves; the map itself is not a member",
            ApplySchema.builtIn("v1", "ConfigMap"), "{'data':{'a':'1','b':'2'}}",
            "{'f:data':{'f:a':{},'f:b':{}}}"),
        Arguments.of("keyed list items are members with their fields",
            POD, "{'spec':{'containers':[{'name':'c','image':'i'}]}}",
            "{'f:spec':{'f:containers':{'k:{\\\"name\\\":\\\"c\\\"}':{'.':{},'f:image':{},"
                + "'f:name':{}}}}}"),
        Arguments.of("ports are keyed by port and defaulted protocol",
            POD, "{'spec':{'containers':[{'name':'c','ports':[{'containerPort':80}]}]}}",
            "{'f:spec':{'f:containers':{'k:{\\\"name\\\":\\\"c\\\"}':{'.':{},'f:name':{},"
                + "'f:ports':{'k:{\\\"containerPort\\\":80,\\\"protocol\\\":\\\"TCP\\\"}':{'.':{},"
                + "'f:containerPort':{}}}}}}}"),
        Arguments.of("untagged lists are atomic",
            POD, "{'spec':{'containers':[{'name':'c','args':['a','b']}]}}",
            "{'f:spec':{'f:containers':{'k:{\\\"name\\\":\\\"c\\\"}':{'.':{},'f:args':{},"
                + "'f:name':{}}}}}"),
        Arguments.of("merge lists of scalars are sets",
            POD, "{'metadata':{'finalizers':['x','y']}}",
            "{'f:metadata':{'f:finalizers':{'v:\\\"x\\\"':{},'v:\\\"y\\\"':{}}}}"),
        Arguments.of("custom resources have atomic lists",
            ApplySchema.untyped(), "{'spec':{'items':[{'name':'a'}]}}",
            "{'f:spec':{'f:items':{}}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void extractsTheFieldsAnObjectSets(String name, ApplySchema schema, String object,
      String fieldsV1) {
    assertThat(FieldsV1.encode(ObjectFields.of(Json.of(object), schema)))
        .isEqualTo(Json.of(fieldsV1));
  }
}
