package io.kubesim.admission.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The StatusErrors factories admission plugins use (spec part 1 §1.3–§1.6). */
class AdmissionStatusErrorsTest {

  static Stream<Arguments> forbiddenNames() {
    return Stream.of(
        arguments("the request's name comes first",
            Requests.pod(Operation.CREATE).name("web")
                .object(Json.object("{'metadata':{'name':'other'}}")),
            "pods \"web\" is forbidden: no", "web"),
        arguments("else the object's name",
            Requests.pod(Operation.CREATE).object(Json.object("{'metadata':{'name':'other'}}")),
            "pods \"other\" is forbidden: no", "other"),
        arguments("else the object's generateName, since no name is generated yet",
            Requests.pod(Operation.CREATE)
                .object(Json.object("{'metadata':{'generateName':'web-'}}")),
            "pods \"web-\" is forbidden: no", "web-"),
        arguments("else Unknown", Requests.pod(Operation.CREATE).object(Json.object("{}")),
            "pods \"Unknown\" is forbidden: no", "Unknown"),
        arguments("a resource in a group is qualified",
            Requests.pod(Operation.DELETE).resource("apps", "v1", "deployments").name("d"),
            "deployments.apps \"d\" is forbidden: no", "d"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenNames")
  void forbiddenNamesTheObjectLikeAdmissionNewForbidden(String behaviour, Requests request,
      String message, String detailsName) {
    StatusException error = StatusErrors.forbidden(request.build(), "no");

    assertThat(error.code()).isEqualTo(403);
    assertThat(error.status().reason()).isEqualTo("Forbidden");
    assertThat(error.getMessage()).isEqualTo(message);
    assertThat(error.status().details().name()).isEqualTo(detailsName);
  }

  @Test
  void forbiddenNeverWrapsAForbiddenTwice() {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("web").build();
    StatusException inner = StatusErrors.forbidden(new GroupResource("", "secrets"), "s", "x");
    StatusException notFound = StatusErrors.notFound(new GroupResource("", "secrets"), "s");

    assertThat(StatusErrors.forbidden(request, inner)).isSameAs(inner);
    assertThat(StatusErrors.forbidden(request, notFound).getMessage())
        .isEqualTo("pods \"web\" is forbidden: secrets \"s\" not found");
  }

  static Stream<Arguments> aggregates() {
    return Stream.of(
        arguments("one error is its message", List.of("a"), "a"),
        arguments("several are bracketed", List.of("a", "b"), "[a, b]"),
        arguments("repeats are dropped", List.of("a", "b", "a"), "[a, b]"),
        arguments("brackets go when one message remains", List.of("a", "a"), "a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aggregates")
  void aggregateIsAPlain500LikeUtilerrorsAggregate(String behaviour, List<String> messages,
      String expected) {
    StatusException error = StatusErrors.aggregate(
        messages.stream().map(StatusErrors::badRequest).toList());

    assertThat(error.code()).isEqualTo(500);
    assertThat(error.status().reason()).isEmpty();
    assertThat(error.getMessage()).isEqualTo(expected);
  }

  @Test
  void anEmptyAggregateIsAProgrammingError() {
    assertThatThrownBy(() -> StatusErrors.aggregate(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tooManyRequestsHasUpstreamsPrefixAndNoRetryHint() {
    StatusException error = StatusErrors.tooManyRequests("limit reached");

    assertThat(error.code()).isEqualTo(429);
    assertThat(error.status().reason()).isEqualTo("TooManyRequests");
    assertThat(error.getMessage()).isEqualTo("Too many requests: limit reached");
    assertThat(error.status().details()).isNull();
  }
}
