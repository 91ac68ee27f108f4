package io.kubesim.simulator.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.ObjectMappers;

/**
 * One row of a defaulting table: an object as a client sends it and as kube-apiserver 1.33
 * stores it. JSON is written with single quotes for readability.
 *
 * @param name what the row shows
 * @param kind the kind the object is decoded as
 * @param input the object as sent
 * @param expected the object after defaulting
 */
record DefaultingCase(String name, GroupVersionKind kind, String input, String expected) {

  static DefaultingCase of(String name, String apiVersion, String kind, String input,
      String expected) {
    int slash = apiVersion.indexOf('/');
    GroupVersionKind gvk = slash < 0 ? new GroupVersionKind("", apiVersion, kind)
        : new GroupVersionKind(apiVersion.substring(0, slash), apiVersion.substring(slash + 1),
            kind);
    return new DefaultingCase(name, gvk, input, expected);
  }

  /** The input after defaulting {@code times} times. */
  ObjectNode defaulted(int times) {
    ObjectNode object = json(input);
    for (int i = 0; i < times; i++) {
      BuiltInDefaults.kubernetes133().apply(kind, object);
    }
    return object;
  }

  /** Defaulting gives the expected object. */
  void assertDefaults() {
    assertThat(defaulted(1)).isEqualTo(json(expected));
  }

  /** Defaulting a defaulted object changes nothing. */
  void assertIdempotent() {
    assertThat(defaulted(2)).isEqualTo(defaulted(1));
  }

  static ObjectNode json(String singleQuoted) {
    try {
      return (ObjectNode) ObjectMappers.json().readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(singleQuoted, e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
