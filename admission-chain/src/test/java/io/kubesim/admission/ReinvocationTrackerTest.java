package io.kubesim.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.chain.OrderedAdmissionChain;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;
import io.kubesim.admission.testing.TestPlugin;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upstream's webhook reinvocation rules, exercised through a plugin that calls hooks in turn the
 * way MutatingAdmissionWebhook does.
 */
class ReinvocationTrackerTest {

  /** A hook: its id, whether its policy is IfNeeded, and what it does to the object. */
  record Hook(String id, boolean ifNeeded, Consumer<ObjectNode> body) {}

  /** Calls its hooks in order, keeping a tracker per request, and logs who was called. */
  static final class HookPlugin implements MutatingPlugin {
    private final List<Hook> hooks;
    final List<String> calls = new ArrayList<>();

    HookPlugin(List<Hook> hooks) {
      this.hooks = hooks;
    }

    @Override
    public String name() {
      return "Hooks";
    }

    @Override
    public boolean handles(Operation operation) {
      return true;
    }

    @Override
    public void admit(AdmissionRequest request, AdmissionContext context) {
      Reinvocation reinvocation = context.reinvocation();
      ReinvocationTracker tracker = reinvocation.state(name(), ReinvocationTracker::new);
      tracker.beginPass(reinvocation, request.object());
      for (Hook hook : hooks) {
        if (!tracker.shouldCall(reinvocation, hook.id())) {
          continue;
        }
        ObjectNode before = request.object().deepCopy();
        hook.body().accept(request.object());
        calls.add(hook.id() + (reinvocation.isReinvoke() ? "@2" : "@1"));
        tracker.afterCall(reinvocation, hook.id(), !before.equals(request.object()),
            hook.ifNeeded());
      }
      tracker.endPass(request.object());
    }
  }

  private static final Consumer<ObjectNode> NOTHING = object -> { };

  private static Consumer<ObjectNode> label(String key, String value) {
    return object -> object.withObjectProperty("metadata").withObjectProperty("labels")
        .put(key, value);
  }

  // an in-tree plugin that reacts to a label a hook set, so the second pass changes the object
  private static MutatingPlugin copiesLabel(String from, String to) {
    return TestPlugin.mutating("InTree", EnumSet.allOf(Operation.class), (r, c) -> {
      String value = r.object().at("/metadata/labels/" + from).asText("");
      if (!value.isEmpty()) {
        label(to, value).accept(r.object());
      }
    });
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("an IfNeeded hook is called again after a later hook changed the object",
            List.of(new Hook("a", true, NOTHING), new Hook("b", false, label("b", "1"))),
            List.of("a@1", "b@1", "a@2"), "1"),
        arguments("a Never hook is not called again, though the change caused a second pass",
            List.of(new Hook("a", false, NOTHING), new Hook("b", false, label("b", "1"))),
            List.of("a@1", "b@1"), "1"),
        arguments("no hook changed the object: no second pass",
            List.of(new Hook("a", true, NOTHING), new Hook("b", false, NOTHING)),
            List.of("a@1", "b@1"), ""),
        arguments("an IfNeeded hook after the last change is called again when in-tree "
                + "plugins change the object in the second pass",
            List.of(new Hook("b", false, label("b", "1")), new Hook("a", true, NOTHING)),
            List.of("b@1", "a@1", "a@2"), "1"));
  }

  /**
   * Hooks are called again as upstream calls webhooks again; in-tree plugins run again whenever a
   * hook changed the object (seen here as the in-tree plugin copying a label only a hook sets).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hooksAndInTreePluginsAreReinvokedAsUpstreamDoes(String behaviour, List<Hook> hooks,
      List<String> expectedCalls, String copiedLabel) {
    HookPlugin plugin = new HookPlugin(hooks);
    OrderedAdmissionChain chain = new OrderedAdmissionChain(
        List.of(copiesLabel("b", "copied"), plugin), List.of());
    ObjectNode pod = Json.object("{}");

    chain.mutate(Requests.pod(Operation.CREATE).object(pod).build());

    assertThat(plugin.calls).containsExactlyElementsOf(expectedCalls);
    assertThat(pod.at("/metadata/labels/copied").asText("")).isEqualTo(copiedLabel);
  }
}
