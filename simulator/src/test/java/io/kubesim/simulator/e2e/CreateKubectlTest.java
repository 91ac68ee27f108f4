package io.kubesim.simulator.e2e;

import static io.kubesim.simulator.e2e.Manifests.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.kubectl.Kubectl;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl create -f} (with {@code --validate=false}, as kubesim serves no OpenAPI yet):
 * what is stored, what kubectl prints, and upstream's errors.
 */
@ExtendWith(KubectlExtension.class)
class CreateKubectlTest {

  static Stream<CommandCase> createCommands() {
    return Stream.of(
        CommandCase.of("create -f names what it created")
            .file("bar.yaml", configMap("bar", "app=demo"))
            .run("create", "-f", "bar.yaml", "--validate=false")
            .prints("configmap/bar created")
            .then(kubectl -> assertThat(kubectl.json("get", "configmap", "bar")
                .at("/metadata/labels/app").asText()).isEqualTo("demo")),
        CommandCase.of("create -f of an existing object is AlreadyExists, naming the file")
            .given(configMap("bar"))
            .file("bar.yaml", configMap("bar"))
            .run("create", "-f", "bar.yaml", "--validate=false")
            .fails("Error from server (AlreadyExists): error when creating \"bar.yaml\": "
                + "configmaps \"bar\" already exists"),
        CommandCase.of("create -f of several documents creates each in order")
            .file("all.yaml", configMap("one") + "---\n" + Manifests.namespace("team-a")
                + "---\n" + Manifests.deployment("web", "nginx"))
            .run("create", "-f", "all.yaml", "--validate=false")
            .prints("configmap/one created", "namespace/team-a created",
                "deployment.apps/web created"),
        CommandCase.of("create -f goes on after a failed document and reports it")
            .given(configMap("taken"))
            .file("two.yaml", configMap("taken") + "---\n" + configMap("free"))
            .run("create", "-f", "two.yaml", "--validate=false")
            .expect(1, List.of("configmap/free created"), List.of(
                "Error from server (AlreadyExists): error when creating \"two.yaml\": "
                    + "configmaps \"taken\" already exists")),
        CommandCase.of("create -f with -n puts the object in that namespace")
            .given(Manifests.namespace("team-a"))
            .file("bar.yaml", configMap("bar"))
            .run("create", "-f", "bar.yaml", "-n", "team-a", "--validate=false")
            .prints("configmap/bar created")
            .then(kubectl -> assertThat(kubectl.json("get", "configmap", "bar", "-n", "team-a")
                .at("/metadata/namespace").asText()).isEqualTo("team-a")),
        CommandCase.of("an invalid name is rejected with upstream's 422 message")
            .file("bad.yaml", configMap("Bad_Name"))
            .run("create", "-f", "bad.yaml", "--validate=false")
            .fails("The ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: "
                + "\"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case "
                + "alphanumeric characters, '-' or '.', and must start and end with an "
                + "alphanumeric character (e.g. 'example.com', regex used for validation is "
                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"),
        CommandCase.of("a secret's stringData is stored base64-encoded in data")
            .file("secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: creds
                stringData:
                  user: admin
                """)
            .run("create", "-f", "secret.yaml", "--validate=false")
            .prints("secret/creds created")
            .then(kubectl -> assertThat(kubectl.run("get", "secret", "creds", "-o",
                "jsonpath={.data.user} {.stringData}").succeeded().stdoutLines())
                .containsExactly("YWRtaW4= ")),
        CommandCase.of("a server dry run says so and stores nothing")
            .file("dry.yaml", configMap("dry"))
            .run("create", "-f", "dry.yaml", "--validate=false", "--dry-run=server")
            .prints("configmap/dry created (server dry run)")
            .then(kubectl -> assertThat(kubectl.run("get", "configmap", "dry").failed()
                .stderrLines()).containsExactly(
                    "Error from server (NotFound): configmaps \"dry\" not found")),
        CommandCase.of("a server dry run still reports a conflict with a stored object")
            .given(configMap("bar"))
            .file("bar.yaml", configMap("bar"))
            .run("create", "-f", "bar.yaml", "--validate=false", "--dry-run=server")
            .fails("Error from server (AlreadyExists): error when creating \"bar.yaml\": "
                + "configmaps \"bar\" already exists"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("createCommands")
  void printsWhatKubectlPrintsAgainstARealServer(CommandCase command, Kubectl kubectl) {
    command.check(kubectl);
  }

  @Test
  void serverDryRunReturnsTheObjectAsItWouldBeStored(Kubectl kubectl) {
    kubectl.file("dry.yaml", configMap("dry", "app=demo"));

    ObjectNode dry = kubectl.json("create", "-f", "dry.yaml", "--validate=false",
        "--dry-run=server");

    assertThat(dry.at("/metadata/name").asText()).isEqualTo("dry");
    assertThat(dry.at("/metadata/namespace").asText()).isEqualTo("default");
    assertThat(dry.at("/metadata/labels/app").asText()).isEqualTo("demo");
    assertThat(dry.at("/metadata/creationTimestamp").asText()).isNotEmpty();
  }

  @Test
  void generateNameGetsAFiveCharacterSuffix(Kubectl kubectl) {
    kubectl.file("gen.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          generateName: gen-
        """);

    assertThat(kubectl.run("create", "-f", "gen.yaml", "--validate=false").succeeded()
        .stdoutLines()).singleElement().asString().matches("configmap/gen-[a-z0-9]{5} created");
  }
}
