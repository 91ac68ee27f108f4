package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parses JSON written with single quotes, for readable test tables. */
final class Json {

  private Json() {}

  static ObjectNode of(String singleQuoted) {
    try {
      return (ObjectNode) ObjectMappers.json().readTree(singleQuoted.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
