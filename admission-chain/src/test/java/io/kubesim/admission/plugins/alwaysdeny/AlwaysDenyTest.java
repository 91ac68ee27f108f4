package io.kubesim.admission.plugins.alwaysdeny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AlwaysDenyTest {

  private final AlwaysDeny plugin = new AlwaysDeny();

  @ParameterizedTest(name = "{0} is handled")
  @EnumSource(Operation.class)
  void handlesEveryOperation(Operation operation) {
    assertThat(plugin.handles(operation)).isTrue();
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        // upstream TestAdmission's attributes
        arguments("upstream's test request", Requests.pod(Operation.CREATE)
                .kind("", "version", "kind").resource("", "version", "resource")
                .subresource("subresource").namespace("namespace").name("name").build(),
            "resource \"name\" is forbidden: admission control is denying all modifications"),
        arguments("a pod created with generateName", Requests.pod(Operation.CREATE)
                .object(Json.object("{'metadata':{'generateName':'web-'}}")).build(),
            "pods \"web-\" is forbidden: admission control is denying all modifications"),
        arguments("a deployment deleted", Requests.pod(Operation.DELETE)
                .resource("apps", "v1", "deployments").name("d").build(),
            "deployments.apps \"d\" is forbidden: admission control is denying all modifications"));
  }

  @ParameterizedTest(name = "{0} is forbidden in both phases")
  @MethodSource("requests")
  void forbidsInBothPhases(String behaviour, AdmissionRequest request, String message) {
    StatusException admitted = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request, new RequestScope()));
    StatusException validated = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    for (StatusException error : new StatusException[] {admitted, validated}) {
      assertThat(error.code()).isEqualTo(403);
      assertThat(error.status().reason()).isEqualTo("Forbidden");
      assertThat(error.getMessage()).isEqualTo(message);
    }
  }
}
