package io.kubesim.admission.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.ValidatingPlugin;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;

/** Plugins with scripted behaviour, for testing the framework rather than a real plugin. */
public final class TestPlugin {

  private TestPlugin() {}

  /** A mutating plugin that runs {@code body} on every handled request. */
  public static MutatingPlugin mutating(String name, Set<Operation> handles,
      BiConsumer<AdmissionRequest, AdmissionContext> body) {
    return new MutatingPlugin() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean handles(Operation operation) {
        return handles.contains(operation);
      }

      @Override
      public void admit(AdmissionRequest request, AdmissionContext context) {
        body.accept(request, context);
      }
    };
  }

  /** A mutating plugin for every operation that sets a label on the object. */
  public static MutatingPlugin labelling(String name, String key, String value) {
    return mutating(name, EnumSet.allOf(Operation.class), (request, context) -> {
      ObjectNode metadata = request.object().withObjectProperty("metadata");
      metadata.withObjectProperty("labels").put(key, value);
    });
  }

  /** A validating plugin that runs {@code body} on every handled request. */
  public static ValidatingPlugin validating(String name, Set<Operation> handles,
      BiConsumer<AdmissionRequest, AdmissionContext> body) {
    return new ValidatingPlugin() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean handles(Operation operation) {
        return handles.contains(operation);
      }

      @Override
      public void validate(AdmissionRequest request, AdmissionContext context) {
        body.accept(request, context);
      }
    };
  }

  /** A validating plugin for every operation that throws {@code failure}. */
  public static ValidatingPlugin throwing(String name, RuntimeException failure) {
    return validating(name, EnumSet.allOf(Operation.class), (request, context) -> {
      throw failure;
    });
  }
}
