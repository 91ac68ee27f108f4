package io.kubesim.admission.plugins.serviceaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 2 §10.5: mirror pods and the mountable-secrets rule (cases 5-7, 13, 14). */
class ServiceAccountSecretsTest {

  private static final String ENFORCING = "{'metadata':{'name':'default','annotations':{"
      + "'kubernetes.io/enforce-mountable-secrets':'true'}},'secrets':[{'name':'foo'}],"
      + "'imagePullSecrets':[{'name':'pull'}]}";
  private static final String MIRROR = "'metadata':{'name':'mirror','annotations':{"
      + "'kubernetes.io/config.mirror':'hash'}}";

  private final InMemoryClusterView cluster = new InMemoryClusterView();
  private final ServiceAccount plugin = new ServiceAccount(cluster, IdSource.seeded(1));

  private void givenAccount(String json) {
    cluster.put(KnownResources.SERVICE_ACCOUNTS, ServiceAccountTest.account(json));
  }

  private static Requests pod(String specJson) {
    return ServiceAccountTest.create("{'metadata':{'name':'web'},'spec':" + specJson + "}")
        .name("web");
  }

  static Stream<Arguments> mirrorPods() {
    return Stream.of(
        arguments("5: a mirror pod naming a service account",
            "{'serviceAccountName':'default','containers':[{'name':'c'}]}",
            "a mirror pod may not reference service accounts"),
        arguments("6: a mirror pod with a secret volume",
            "{'volumes':[{'name':'s','secret':{'secretName':'foo'}}],'containers':[{'name':'c'}]}",
            "a mirror pod may not reference secrets"),
        arguments("6: a mirror pod with a CSI node-publish secret", "{'volumes':[{'name':'s',"
            + "'csi':{'driver':'d','nodePublishSecretRef':{'name':'foo'}}}]}",
            "a mirror pod may not reference secrets"),
        arguments("6: a mirror pod with a projected secret", "{'volumes':[{'name':'s',"
            + "'projected':{'sources':[{'secret':{'name':'foo'}}]}}]}",
            "a mirror pod may not reference secrets"),
        arguments("6: a mirror pod with an ephemeral container reading a secret",
            "{'ephemeralContainers':[{'name':'e','envFrom':[{'secretRef':{'name':'foo'}}]}]}",
            "a mirror pod may not reference secrets"),
        arguments("6: a mirror pod with a pull secret", "{'imagePullSecrets':[{'name':'foo'}]}",
            "a mirror pod may not reference secrets"),
        arguments("7: a mirror pod with a service account token projection",
            "{'volumes':[{'name':'t','projected':{'sources':[{'serviceAccountToken':{"
                + "'path':'token'}}]}}]}",
            "a mirror pod may not use ServiceAccountToken volume projections"));
  }

  @ParameterizedTest(name = "case {0} is forbidden")
  @MethodSource("mirrorPods")
  void mirrorPodsMayNotReferenceCredentials(String behaviour, String spec, String cause) {
    AdmissionRequest request = ServiceAccountTest.create("{" + MIRROR + ",'spec':" + spec + "}")
        .name("mirror").build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"mirror\" is forbidden: " + cause);
    assertThat(error.code()).isEqualTo(403);
  }

  static Stream<Arguments> referencedSecrets() {
    return Stream.of(
        arguments("a volume", "{'volumes':[{'name':'v','secret':{'secretName':'foo'}}]}"),
        arguments("an env var", "{'containers':[{'name':'c','env':[{'name':'E','valueFrom':"
            + "{'secretKeyRef':{'name':'foo','key':'k'}}}]}]}"),
        arguments("envFrom", "{'containers':[{'name':'c','envFrom':[{'secretRef':"
            + "{'name':'foo'}}]}]}"),
        arguments("an init container env var", "{'initContainers':[{'name':'i','env':[{"
            + "'name':'E','valueFrom':{'secretKeyRef':{'name':'foo','key':'k'}}}]}]}"),
        arguments("a listed pull secret", "{'imagePullSecrets':[{'name':'pull'}]}"));
  }

  @ParameterizedTest(name = "case 13: a secret the account lists, used through {0}, is allowed")
  @MethodSource("referencedSecrets")
  void case13SecretsTheAccountListsAreAllowed(String behaviour, String spec) {
    givenAccount(ENFORCING);

    assertThatCode(() -> plugin.admit(pod(spec).build(), new RequestScope()))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> unreferencedSecrets() {
    String suffix = " is not allowed because service account default does not reference that "
        + "secret";
    return Stream.of(
        arguments("a volume", "{'volumes':[{'name':'v','secret':{'secretName':'bar'}}]}",
            "volume with secret.secretName=\"bar\"" + suffix),
        arguments("an env var", "{'containers':[{'name':'c','env':[{'name':'E','valueFrom':"
            + "{'secretKeyRef':{'name':'bar','key':'k'}}}]}]}",
            "container c with envVar E referencing secret.secretName=\"bar\"" + suffix),
        arguments("envFrom", "{'containers':[{'name':'c','envFrom':[{'secretRef':"
            + "{'name':'bar'}}]}]}",
            "container c with envFrom referencing secret.secretName=\"bar\"" + suffix),
        arguments("an init container env var", "{'initContainers':[{'name':'i','env':[{"
            + "'name':'E','valueFrom':{'secretKeyRef':{'name':'bar','key':'k'}}}]}]}",
            "init container i with envVar E referencing secret.secretName=\"bar\"" + suffix),
        arguments("an init container envFrom", "{'initContainers':[{'name':'i','envFrom':[{"
            + "'secretRef':{'name':'bar'}}]}]}",
            "init container i with envFrom referencing secret.secretName=\"bar\"" + suffix),
        arguments("an unlisted pull secret", "{'imagePullSecrets':[{'name':'pull'},"
            + "{'name':'other'}]}", "imagePullSecrets[1].name=\"other\" is not allowed because "
            + "service account default does not reference that imagePullSecret"));
  }

  @ParameterizedTest(name = "case 14: a secret the account does not list, used through {0}, "
      + "is forbidden")
  @MethodSource("unreferencedSecrets")
  void case14SecretsTheAccountDoesNotListAreForbidden(String behaviour, String spec,
      String cause) {
    givenAccount(ENFORCING);

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.admit(pod(spec).build(), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"web\" is forbidden: " + cause);
    assertThat(error.code()).isEqualTo(403);
  }

  @Test
  void withoutTheAnnotationNoSecretIsChecked() {
    givenAccount("{'metadata':{'name':'default','annotations':{"
        + "'kubernetes.io/enforce-mountable-secrets':'yes'}}}");

    assertThatCode(() -> plugin.admit(pod("{'volumes':[{'name':'v','secret':{"
        + "'secretName':'bar'}}]}").build(), new RequestScope())).doesNotThrowAnyException();
  }

  @Test
  void case14AnUpdateIsNotChecked() {
    givenAccount(ENFORCING);
    String spec = "{'serviceAccountName':'default','volumes':[{'name':'v','secret':{"
        + "'secretName':'bar'}}]}";
    String pod = "{'metadata':{'name':'web'},'spec':" + spec + "}";
    AdmissionRequest asUpdate = Requests.pod(Operation.UPDATE).namespace("myns").name("web")
        .object(Json.object(pod)).oldObject(Json.object(pod)).build();

    assertThatCode(() -> plugin.admit(asUpdate, new RequestScope())).doesNotThrowAnyException();
    assertThatCode(() -> plugin.validate(asUpdate, new RequestScope()))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> ephemeralContainers() {
    String suffix = " is not allowed because service account default does not reference that "
        + "secret";
    return Stream.of(
        arguments("an env var", "{'name':'debug','env':[{'name':'E','valueFrom':"
            + "{'secretKeyRef':{'name':'bar','key':'k'}}}]}",
            "ephemeral container debug with envVar E referencing secret.secretName=\"bar\""
                + suffix),
        arguments("envFrom", "{'name':'debug','envFrom':[{'secretRef':{'name':'bar'}}]}",
            "ephemeral container debug with envFrom referencing secret.secretName=\"bar\""
                + suffix));
  }

  // upstream returns these as plain errors, not Forbidden: the API answers 500 without a reason
  @ParameterizedTest(name = "case 14: an ephemeral container reading an unlisted secret through "
      + "{0} is a plain error")
  @MethodSource("ephemeralContainers")
  void case14EphemeralContainersAreCheckedThroughTheirSubresource(String behaviour,
      String container, String message) {
    givenAccount(ENFORCING);
    AdmissionRequest request = Requests.pod(Operation.UPDATE).subresource("ephemeralcontainers")
        .namespace("myns").name("web").oldObject(Json.object("{'spec':{}}"))
        .object(Json.object("{'metadata':{'name':'web'},'spec':{'serviceAccountName':"
            + "'default','containers':[{'name':'c'}],'ephemeralContainers':[" + container
            + "]}}")).build();

    plugin.admit(request, new RequestScope());
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo(message);
    assertThat(error.code()).isEqualTo(500);
    assertThat(error.status().reason()).isEmpty();
  }

  @Test
  void case13AnEphemeralContainerReadingAListedSecretIsAllowed() {
    givenAccount(ENFORCING);
    AdmissionRequest request = Requests.pod(Operation.UPDATE).subresource("ephemeralcontainers")
        .namespace("myns").name("web").oldObject(Json.object("{'spec':{}}"))
        .object(Json.object("{'metadata':{'name':'web'},'spec':{'serviceAccountName':"
            + "'default','ephemeralContainers':[{'name':'debug','envFrom':[{'secretRef':"
            + "{'name':'foo'}}]}]}}")).build();

    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  @Test
  void anEphemeralContainerUpdateOfAPodWithoutAccountIsForbidden() {
    AdmissionRequest request = Requests.pod(Operation.UPDATE).subresource("ephemeralcontainers")
        .namespace("myns").name("web").oldObject(Json.object("{'spec':{}}"))
        .object(Json.object("{'metadata':{'name':'web'},'spec':{}}")).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    assertThat(error.getMessage())
        .isEqualTo("pods \"web\" is forbidden: no service account specified for pod myns/web");
  }

  @Test
  void validatingAPodThatNamesNoAccountIsForbidden() {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(pod("{'containers':[{'name':'c'}]}").build(), new RequestScope()));

    assertThat(error.getMessage())
        .isEqualTo("pods \"web\" is forbidden: no service account specified for pod myns/web");
    assertThat(error.code()).isEqualTo(403);
  }
}
