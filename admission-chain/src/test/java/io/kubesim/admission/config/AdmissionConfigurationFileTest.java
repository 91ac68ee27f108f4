package io.kubesim.admission.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.testing.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdmissionConfigurationFileTest {

  private static final List<String> ENABLED = List.of("EventRateLimit", "ImagePolicyWebhook");

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void inlineConfigurationIsHandedOverAsIs() throws IOException {
    Path file = write("admission.yaml", """
        apiVersion: apiserver.config.k8s.io/v1
        kind: AdmissionConfiguration
        plugins:
        - name: EventRateLimit
          configuration:
            kind: Configuration
            limits: [{type: Server, qps: 5}]
        """);

    AdmissionConfigurationFile config = AdmissionConfigurationFile.read(file, ENABLED);

    assertThat(config.configFor("EventRateLimit")).contains(
        Json.node("{'kind':'Configuration','limits':[{'type':'Server','qps':5}]}"));
    assertThat(config.configFor("ImagePolicyWebhook")).isEmpty();
  }

  static Stream<Arguments> paths() {
    return Stream.of(
        arguments("a relative path is resolved against the configuration file's directory",
            "conf/admission.yaml", "limits.yaml", "conf/limits.yaml"),
        arguments("a relative path may climb out of that directory",
            "conf/admission.yaml", "../shared/limits.yaml", "shared/limits.yaml"),
        arguments("a path in JSON configuration works the same",
            "admission.json", "limits.json", "limits.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void pathConfigurationIsReadFromItsFile(String behaviour, String configName, String path,
      String actualLocation) throws IOException {
    write(actualLocation, "kind: Configuration\nlimits:\n- type: Namespace\n");
    Path file = write(configName, """
        {"apiVersion": "apiserver.config.k8s.io/v1", "kind": "AdmissionConfiguration",
         "plugins": [{"name": "EventRateLimit", "path": "%s"}]}
        """.formatted(path));

    assertThat(AdmissionConfigurationFile.read(file, ENABLED).configFor("EventRateLimit"))
        .contains(Json.node("{'kind':'Configuration','limits':[{'type':'Namespace'}]}"));
  }

  @Test
  void anAbsolutePathIsUsedAsIs() throws IOException {
    Path limits = write("elsewhere/limits.yaml", "qps: 1");
    Path file = write("conf/admission.yaml", """
        apiVersion: apiserver.config.k8s.io/v1
        kind: AdmissionConfiguration
        plugins: [{name: EventRateLimit, path: %s}]
        """.formatted(limits.toAbsolutePath()));

    assertThat(AdmissionConfigurationFile.read(file, ENABLED).configFor("EventRateLimit"))
        .contains(Json.node("{'qps':1}"));
  }

  @Test
  void upstreamLookupRulesApply() throws IOException {
    Path file = write("admission.yaml", """
        apiVersion: apiserver.k8s.io/v1alpha1
        kind: AdmissionConfiguration
        unknownField: ignored
        plugins:
        - name: EventRateLimit
          path: missing-but-never-read.yaml
          configuration: {inline: wins}
        - name: EventRateLimit
          configuration: {second: ignored}
        - name: PodNodeSelector
        - name: PodNodeSelector
          configuration: {ignored: "the first entry has no configuration"}
        - name: NoSuchPlugin
          configuration: {unknown: names are ignored}
        """);

    AdmissionConfigurationFile config = AdmissionConfigurationFile.read(file, ENABLED);

    assertThat(config.configFor("EventRateLimit")).contains(Json.node("{'inline':'wins'}"));
    assertThat(config.configFor("PodNodeSelector")).isEmpty();
  }

  static Stream<Arguments> legacyFiles() {
    return Stream.of(
        arguments("an enabled ImagePolicyWebhook gets the whole legacy file",
            List.of("ImagePolicyWebhook"), Map.of("ImagePolicyWebhook", true,
                "PodNodeSelector", false)),
        arguments("a plugin that is not enabled gets nothing",
            List.of("PodNodeSelector"), Map.of("ImagePolicyWebhook", false,
                "PodNodeSelector", true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyFiles")
  void legacyUntypedFilesGoToTheirPlugins(String behaviour, List<String> enabled,
      Map<String, Boolean> configured) throws IOException {
    Path file = write("legacy.yaml", "imagePolicy:\n  kubeConfigFile: /x\n");

    AdmissionConfigurationFile config = AdmissionConfigurationFile.read(file, enabled);

    configured.forEach((plugin, has) -> assertThat(config.configFor(plugin).isPresent())
        .as(plugin).isEqualTo(has));
    if (configured.get("ImagePolicyWebhook")) {
      assertThat(config.configFor("ImagePolicyWebhook"))
          .contains(Json.node("{'imagePolicy':{'kubeConfigFile':'/x'}}"));
    }
  }

  static Stream<Arguments> badFiles() {
    String v1 = "apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\n";
    return Stream.of(
        arguments("no kind", "apiVersion: apiserver.config.k8s.io/v1\nplugins: []\n",
            "Object 'Kind' is missing in 'apiVersion: apiserver.config.k8s.io/v1\nplugins: []\n'"),
        arguments("no apiVersion", "kind: AdmissionConfiguration\n",
            "Object 'apiVersion' is missing in 'kind: AdmissionConfiguration\n'"),
        arguments("a version upstream does not register for AdmissionConfiguration",
            "apiVersion: apiserver.config.k8s.io/v1beta1\nkind: AdmissionConfiguration\n",
            "no kind \"AdmissionConfiguration\" is registered for version "
                + "\"apiserver.config.k8s.io/v1beta1\" in scheme "
                + "\"k8s.io/apiserver/pkg/server/options/admission.go\""),
        arguments("plugins that are not a list", v1 + "plugins: {name: EventRateLimit}\n",
            "json: cannot unmarshal object into Go struct field AdmissionConfiguration.plugins "
                + "of type []v1.AdmissionPluginConfiguration"),
        arguments("text that is not YAML", v1 + "plugins: [\n",
            "error converting YAML to JSON: "));
  }

  @ParameterizedTest(name = "{0} fails at start-up")
  @MethodSource("badFiles")
  void malformedFilesFailWithUpstreamMessages(String behaviour, String content, String message)
      throws IOException {
    Path file = write("admission.yaml", content);

    assertThatThrownBy(() -> AdmissionConfigurationFile.read(file, ENABLED))
        .isInstanceOf(AdmissionConfigurationException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void aMissingFileFailsLikeUpstream() {
    Path file = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> AdmissionConfigurationFile.read(file, ENABLED))
        .isInstanceOf(AdmissionConfigurationException.class)
        .hasMessage("unable to read admission control configuration from \"" + file
            + "\" [open " + file + ": no such file or directory]");
  }

  @Test
  void aMissingPluginFileFailsWhenThePluginAsksForIt() throws IOException {
    Path file = write("admission.yaml", """
        apiVersion: apiserver.config.k8s.io/v1
        kind: AdmissionConfiguration
        plugins: [{name: EventRateLimit, path: gone.yaml}]
        """);
    AdmissionConfigurationFile config = AdmissionConfigurationFile.read(file, ENABLED);
    Path gone = dir.toAbsolutePath().resolve("gone.yaml");

    assertThatThrownBy(() -> config.configFor("EventRateLimit"))
        .isInstanceOf(AdmissionConfigurationException.class)
        .hasMessage("Couldn't open admission plugin configuration " + gone + ": open " + gone
            + ": no such file or directory");
  }
}
