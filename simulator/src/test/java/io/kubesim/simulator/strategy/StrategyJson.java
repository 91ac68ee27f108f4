package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;

/** JSON written with single quotes, for readable tables. */
final class StrategyJson {

  private StrategyJson() {}

  static ObjectNode json(String singleQuoted) {
    try {
      return (ObjectNode) ObjectMappers.json().readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(singleQuoted, e);
    }
  }
}
