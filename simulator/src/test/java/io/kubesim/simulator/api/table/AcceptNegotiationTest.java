package io.kubesim.simulator.api.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.table.OutputFormat.Target;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Accept header picks the answer's conversion the way kube-apiserver negotiates it. */
class AcceptNegotiationTest {

  private static final String KUBECTL_GET = "application/json;as=Table;v=v1;g=meta.k8s.io,"
      + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

  static Stream<Arguments> acceptable() {
    return Stream.of(
        arguments("no header is plain JSON", null, false, Target.AS_IS, "", "application/json"),
        arguments("a wildcard is plain JSON", "*/*", false, Target.AS_IS, "", "application/json"),
        arguments("kubectl get asks for a v1 Table first", KUBECTL_GET, false, Target.TABLE,
            "v1", "application/json"),
        arguments("kubectl get -w asks the same for the watch", KUBECTL_GET, true, Target.TABLE,
            "v1", "application/json"),
        arguments("quality orders clauses", "application/json;as=Table;v=v1;g=meta.k8s.io;"
            + "q=0.5,application/json;q=0.9", false, Target.AS_IS, "", "application/json"),
        arguments("a Table in an unknown group is skipped for the next clause",
            "application/json;as=Table;v=v1;g=example.com,application/json", false,
            Target.AS_IS, "", "application/json"),
        arguments("a v1beta1 Table", "application/json;as=Table;v=v1beta1;g=meta.k8s.io", false,
            Target.TABLE, "v1beta1", "application/json"),
        arguments("protobuf is accepted and written as JSON by the caller",
            "application/vnd.kubernetes.protobuf,application/json", false, Target.AS_IS, "",
            "application/vnd.kubernetes.protobuf"),
        arguments("metadata-only list for informers",
            "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1", false,
            Target.PARTIAL_OBJECT_METADATA_LIST, "v1", "application/json"),
        arguments("a Table is JSON or YAML only, so a protobuf Table falls through",
            "application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io,application/json",
            false, Target.AS_IS, "", "application/json"),
        arguments("a type wildcard matches JSON first", "application/*", false, Target.AS_IS, "",
            "application/json"),
        arguments("a watch stream parameter is fine", "application/json;stream=watch", true,
            Target.AS_IS, "", "application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptable")
  void choosesTheFirstServableClause(String behaviour, String accept, boolean watch,
      Target target, String version, String mediaType) {
    assertThat(AcceptNegotiation.negotiate(accept, watch))
        .isEqualTo(new OutputFormat(target, version, mediaType));
  }

  static Stream<Arguments> unacceptable() {
    return Stream.of(
        arguments("a media type the server does not write", "text/html", false),
        arguments("only a Table of an unknown version", "application/json;as=Table;v=v2;"
            + "g=meta.k8s.io", false),
        arguments("an unknown conversion", "application/json;as=Pod;v=v1;g=meta.k8s.io", false),
        arguments("an unknown stream framing", "application/json;stream=lines", true),
        arguments("YAML cannot stream a watch", "application/yaml", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unacceptable")
  void anythingElseIsNotAcceptable(String behaviour, String accept, boolean watch) {
    assertThatThrownBy(() -> AcceptNegotiation.negotiate(accept, watch))
        .isInstanceOfSatisfying(StatusException.class, e -> {
          assertThat(e.status().code()).isEqualTo(406);
          assertThat(e.status().reason()).isEqualTo("NotAcceptable");
          assertThat(e.status().message()).isEqualTo("only the following media types are "
              + "accepted: application/json, application/yaml, "
              + "application/vnd.kubernetes.protobuf");
        });
  }
}
