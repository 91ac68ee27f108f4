package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.Verb;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test inputs: the 1.33 registry, a fixed printing moment, JSON from compact text. */
final class Fixtures {

  /** When tables are printed; objects in the tests are created five minutes earlier. */
  static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String FIVE_MINUTES_AGO = "2025-01-01T11:55:00Z";
  static final ResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();
  static final TablePrinters PRINTERS = TablePrinters.builtIn();

  private Fixtures() {}

  /** JSON written with single quotes; {@code @T} stands for {@link #FIVE_MINUTES_AGO}. */
  static JsonNode json(String text) {
    try {
      return ObjectMappers.json().readTree(
          text.replace('\'', '"').replace("@T", FIVE_MINUTES_AGO));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** {@code node} as it reads back from the wire, so numbers compare by value, not by width. */
  static JsonNode wire(JsonNode node) {
    try {
      return ObjectMappers.json().readTree(node.toString());
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static ObjectNode object(String text) {
    return (ObjectNode) json(text);
  }

  /** A list request's target for {@code qualified}, e.g. {@code deployments.apps}. */
  static RequestTarget target(String qualified, String subresource, Verb verb) {
    int dot = qualified.indexOf('.');
    String plural = dot < 0 ? qualified : qualified.substring(0, dot);
    String group = dot < 0 ? "" : qualified.substring(dot + 1);
    ResourceType type = REGISTRY.all().stream()
        .filter(t -> t.group().equals(group) && t.plural().equals(plural))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(qualified));
    return new RequestTarget(type, "default", "", subresource, verb);
  }
}
