package io.kubesim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubesim.admission.GroupKind;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Status bodies are byte for byte the ones captured from kube-apiserver (wire-protocol §18). */
class StatusJsonTest {

  private static final GroupResource CONFIGMAPS = new GroupResource("", "configmaps");

  static Stream<Arguments> capturedBodies() {
    return Stream.of(
        Arguments.of("400 namespace mismatch", (Supplier<StatusException>) () ->
            StatusErrors.badRequest("the namespace of the provided object does not match the "
                + "namespace sent on the request"),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"the namespace of the provided object does not match the namespace"
                + " sent on the request\",\"reason\":\"BadRequest\",\"code\":400}"),
        Arguments.of("404 not found", (Supplier<StatusException>) () ->
            StatusErrors.notFound(CONFIGMAPS, "nothere"),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"configmaps \\\"nothere\\\" not found\",\"reason\":\"NotFound\","
                + "\"details\":{\"name\":\"nothere\",\"kind\":\"configmaps\"},\"code\":404}"),
        Arguments.of("404 not found in a group", (Supplier<StatusException>) () ->
            StatusErrors.notFound(new GroupResource("apps", "deployments"), "x"),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"deployments.apps \\\"x\\\" not found\",\"reason\":\"NotFound\","
                + "\"details\":{\"name\":\"x\",\"group\":\"apps\",\"kind\":\"deployments\"},"
                + "\"code\":404}"),
        Arguments.of("404 unknown path", (Supplier<StatusException>) StatusErrors::unknownPath,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"the server could not find the requested resource\","
                + "\"reason\":\"NotFound\",\"details\":{},\"code\":404}"),
        Arguments.of("409 already exists", (Supplier<StatusException>) () ->
            StatusErrors.alreadyExists(CONFIGMAPS, "bar"),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"configmaps \\\"bar\\\" already exists\",\"reason\":\"AlreadyExists\","
                + "\"details\":{\"name\":\"bar\",\"kind\":\"configmaps\"},\"code\":409}"),
        Arguments.of("409 optimistic lock", (Supplier<StatusException>) () ->
            StatusErrors.optimisticLockConflict(CONFIGMAPS, "err-409"),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"Operation cannot be fulfilled on configmaps \\\"err-409\\\": the "
                + "object has been modified; please apply your changes to the latest version and "
                + "try again\",\"reason\":\"Conflict\",\"details\":{\"name\":\"err-409\","
                + "\"kind\":\"configmaps\"},\"code\":409}"),
        Arguments.of("422 invalid config key", (Supplier<StatusException>) () ->
            StatusErrors.invalid(new GroupKind("", "ConfigMap"), "err-422", List.of(
                FieldError.invalid("data[bad key]", "bad key", "a valid config key must consist"
                    + " of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or "
                    + "'KEY_NAME',  or 'key-name', regex used for validation is "
                    + "'[-._a-zA-Z0-9]+')"))),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"ConfigMap \\\"err-422\\\" is invalid: data[bad key]: Invalid "
                + "value: \\\"bad key\\\": a valid config key must consist of alphanumeric "
                + "characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', "
                + "regex used for validation is '[-._a-zA-Z0-9]+')\",\"reason\":\"Invalid\","
                + "\"details\":{\"name\":\"err-422\",\"kind\":\"ConfigMap\",\"causes\":[{\"reason\":"
                + "\"FieldValueInvalid\",\"message\":\"Invalid value: \\\"bad key\\\": a valid "
                + "config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. "
                + "'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is "
                + "'[-._a-zA-Z0-9]+')\",\"field\":\"data[bad key]\"}]},\"code\":422}"),
        Arguments.of("500 internal error", (Supplier<StatusException>) () ->
            StatusErrors.internalError("boom"),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"Internal error occurred: boom\",\"reason\":\"InternalError\","
                + "\"details\":{\"causes\":[{\"message\":\"boom\"}]},\"code\":500}"),
        Arguments.of("500 plain error has no reason", (Supplier<StatusException>) () ->
            StatusErrors.plainError("boom"),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"boom\",\"code\":500}"),
        Arguments.of("410 too old resource version", (Supplier<StatusException>) () ->
            StatusErrors.tooOldResourceVersion(1, 116),
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"too old resource version: 1 (116)\",\"reason\":\"Expired\","
                + "\"code\":410}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("capturedBodies")
  void rendersTheCapturedUpstreamBody(String name, Supplier<StatusException> error,
      String expected) {
    assertThat(StatusJson.failure(error.get().status()).toString()).isEqualTo(expected);
  }
}
