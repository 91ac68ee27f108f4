package io.kubesim.simulator.patch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.status.Status;
import io.kubesim.admission.status.StatusException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Compact JSON literals and failure capture for the patch tests. */
final class PatchFixtures {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final PatchTarget CONFIG_MAP = PatchTarget.builtIn(new GroupVersionKind("", "v1",
      "ConfigMap"));
  static final PatchTarget POD = PatchTarget.builtIn(new GroupVersionKind("", "v1", "Pod"));
  static final PatchTarget DEPLOYMENT =
      PatchTarget.builtIn(new GroupVersionKind("apps", "v1", "Deployment"));
  static final PatchTarget CUSTOM_RESOURCE =
      PatchTarget.customResource(new GroupVersionKind("example.com", "v1", "Widget"));

  private PatchFixtures() {}

  /** Parses JSON written with single quotes, so that cases stay readable inside Java strings. */
  static JsonNode json(String singleQuoted) {
    try {
      return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad fixture: " + singleQuoted, e);
    }
  }

  static ObjectNode object(String singleQuoted) {
    return (ObjectNode) json(singleQuoted);
  }

  /** A request body written with single quotes. */
  static byte[] body(String singleQuoted) {
    return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  /** A request body taken literally. */
  static byte[] raw(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** The Status the call fails with; fails the test when it does not throw one. */
  static Status failure(ThrowingCallable call) {
    AtomicReference<Status> status = new AtomicReference<>();
    assertThatThrownBy(call).isInstanceOfSatisfying(StatusException.class,
        e -> status.set(e.status()));
    return status.get();
  }
}
