package io.kubesim.admission.plugins.serviceaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.BrokenClusterView;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec part 2 §10.5, the mutating cases; mirror pods and secret references are in {@link
 * ServiceAccountSecretsTest}. Case 9 (an account missing from the informer cache but found by a
 * live read) is case 8 here: the cluster view is always live.
 */
class ServiceAccountTest {

  static final long SEED = 7;
  static final String VOLUME = TokenVolume.PREFIX + IdSource.seeded(SEED).suffix(5);
  static final String MOUNT = "{'name':'" + VOLUME + "','readOnly':true,"
      + "'mountPath':'/var/run/secrets/kubernetes.io/serviceaccount'}";

  private final InMemoryClusterView cluster = new InMemoryClusterView();
  private final ServiceAccount plugin = new ServiceAccount(cluster, IdSource.seeded(SEED));

  static ObjectNode account(String json) {
    ObjectNode account = Json.object(json);
    account.withObjectProperty("metadata").put("namespace", "myns");
    return account;
  }

  static Requests create(String podJson) {
    return Requests.pod(Operation.CREATE).namespace("myns").object(Json.object(podJson));
  }

  private ObjectNode admit(Requests request) {
    AdmissionRequest built = request.build();
    plugin.admit(built, new RequestScope());
    return built.object();
  }

  private void givenDefaultAccount() {
    cluster.put(KnownResources.SERVICE_ACCOUNTS, account("{'metadata':{'name':'default'}}"));
  }

  @Test
  void case8AssignsTheDefaultAccountAndMountsABoundTokenVolume() {
    givenDefaultAccount();

    ObjectNode pod = admit(create("{'spec':{'containers':[{'name':'c'}]}}"));

    assertThat(pod.at("/spec/serviceAccountName").asText()).isEqualTo("default");
    assertThat(pod.at("/spec/serviceAccount").asText()).isEqualTo("default");
    assertThat(VOLUME).matches("kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}");
    // compared as text: the volume must have upstream's exact shape and field order
    assertThat(pod.at("/spec/volumes").toString()).isEqualTo(Json.node("[{'name':'" + VOLUME
        + "','projected':{'sources':[{'serviceAccountToken':{'expirationSeconds':3607,"
        + "'path':'token'}},{'configMap':{'name':'kube-root-ca.crt','items':[{'key':'ca.crt',"
        + "'path':'ca.crt'}]}},{'downwardAPI':{'items':[{'path':'namespace','fieldRef':{"
        + "'apiVersion':'v1','fieldPath':'metadata.namespace'}}]}}],'defaultMode':420}}]")
        .toString());
    assertThat(pod.at("/spec/containers/0/volumeMounts").toString())
        .isEqualTo(Json.node("[" + MOUNT + "]").toString());
    assertThat(pod.at("/spec/imagePullSecrets").isMissingNode()).isTrue();
  }

  @Test
  void case10AMissingAccountIsForbidden() {
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> admit(create("{'metadata':{'name':'web'},'spec':{'containers':[{'name':'c'}]}}")
            .name("web")));

    assertThat(error.getMessage()).isEqualTo("pods \"web\" is forbidden: error looking up "
        + "service account myns/default: serviceaccount \"default\" not found");
    assertThat(error.code()).isEqualTo(403);
  }

  @Test
  void aNamedAccountThatCannotBeReadIsForbiddenWithTheLookupError() {
    ServiceAccount broken = new ServiceAccount(BrokenClusterView.nope(), IdSource.seeded(SEED));
    AdmissionRequest request = create("{'metadata':{'name':'web'},'spec':{"
        + "'serviceAccountName':'builder','containers':[{'name':'c'}]}}").name("web").build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> broken.admit(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"web\" is forbidden: error looking up "
        + "service account myns/builder: nope, out of luck");
  }

  @Test
  void case11EveryInitContainerAndContainerMountsTheOneVolume() {
    givenDefaultAccount();

    ObjectNode pod = admit(create(
        "{'spec':{'initContainers':[{'name':'i'}],'containers':[{'name':'c'},{'name':'d'}]}}"));

    assertThat(pod.at("/spec/volumes").size()).isEqualTo(1);
    for (String container : new String[] {"initContainers/0", "containers/0", "containers/1"}) {
      assertThat(pod.at("/spec/" + container + "/volumeMounts"))
          .isEqualTo(Json.node("[" + MOUNT + "]"));
    }
  }

  @Test
  void case12AnExistingMountAtTheTokenPathIsRespected() {
    givenDefaultAccount();
    String custom = "[{'name':'my-custom-mount','mountPath':"
        + "'/var/run/secrets/kubernetes.io/serviceaccount'}]";

    ObjectNode pod = admit(create("{'spec':{'volumes':[{'name':'my-custom-mount',"
        + "'emptyDir':{}}],'containers':[{'name':'c','volumeMounts':" + custom + "}]}}"));

    assertThat(pod.at("/spec/volumes").size()).isEqualTo(1);
    assertThat(pod.at("/spec/containers/0/volumeMounts")).isEqualTo(Json.node(custom));
  }

  @Test
  void anExistingTokenVolumeIsReusedNotDuplicated() {
    givenDefaultAccount();

    ObjectNode pod = admit(create("{'spec':{'volumes':[{'name':'kube-api-access-abcde',"
        + "'emptyDir':{}}],'containers':[{'name':'c'}]}}"));

    assertThat(pod.at("/spec/volumes").size()).isEqualTo(1);
    assertThat(pod.at("/spec/containers/0/volumeMounts/0/name").asText())
        .isEqualTo("kube-api-access-abcde");
  }

  @Test
  void ephemeralContainersGetNoMount() {
    givenDefaultAccount();

    ObjectNode pod = admit(create("{'spec':{'containers':[{'name':'c'}],"
        + "'ephemeralContainers':[{'name':'debug'}]}}"));

    assertThat(pod.at("/spec/ephemeralContainers/0/volumeMounts").isMissingNode()).isTrue();
  }

  static Stream<Arguments> automount() {
    return Stream.of(
        arguments("16: the pod opts out", "", "false", false),
        arguments("16: the account opts out and the pod says nothing", "false", "", false),
        arguments("the pod opts in although the account opts out", "false", "true", true),
        arguments("the account opts in", "true", "", true),
        arguments("nobody says anything", "", "", true));
  }

  @ParameterizedTest(name = "case {0}: token mounted is {3}")
  @MethodSource("automount")
  void thePodsPreferenceWinsThenTheAccounts(String behaviour, String accountSetting,
      String podSetting, boolean mounted) {
    cluster.put(KnownResources.SERVICE_ACCOUNTS, account("{'metadata':{'name':'default'}"
        + (accountSetting.isEmpty() ? "" : ",'automountServiceAccountToken':" + accountSetting)
        + "}"));

    ObjectNode pod = admit(create("{'spec':{'containers':[{'name':'c'}]"
        + (podSetting.isEmpty() ? "" : ",'automountServiceAccountToken':" + podSetting) + "}}"));

    assertThat(pod.at("/spec/volumes").isMissingNode()).isEqualTo(!mounted);
    assertThat(pod.at("/spec/containers/0/volumeMounts").isMissingNode()).isEqualTo(!mounted);
  }

  static Stream<Arguments> pullSecrets() {
    return Stream.of(
        arguments("15: a pod without pull secrets gets the account's", "",
            "[{'name':'foo'},{'name':'bar'}]"),
        arguments("15: a pod with its own keeps exactly those", ",'imagePullSecrets':"
            + "[{'name':'baz'}]", "[{'name':'baz'}]"));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("pullSecrets")
  void imagePullSecretsComeFromTheAccountUnlessThePodHasSome(String behaviour, String podPart,
      String expected) {
    cluster.put(KnownResources.SERVICE_ACCOUNTS, account("{'metadata':{'name':'default'},"
        + "'imagePullSecrets':[{'name':'foo'},{'name':'bar'}]}"));

    ObjectNode pod = admit(create("{'spec':{'containers':[{'name':'c'}]" + podPart + "}}"));

    assertThat(pod.at("/spec/imagePullSecrets")).isEqualTo(Json.node(expected));
  }

  @Test
  void theDeprecatedServiceAccountFieldNamesTheAccountWhenTheNewOneIsEmpty() {
    cluster.put(KnownResources.SERVICE_ACCOUNTS, account("{'metadata':{'name':'builder'}}"));

    ObjectNode pod = admit(create("{'spec':{'serviceAccount':'builder',"
        + "'containers':[{'name':'c'}]}}"));

    assertThat(pod.at("/spec/serviceAccountName").asText()).isEqualTo("builder");
  }

  static Stream<Arguments> ignored() {
    return Stream.of(
        arguments("2: a resource other than pods", create("{'kind':'CustomResource'}")
            .kind("example.com", "v1", "CustomResource")
            .resource("example.com", "v1", "customresources")),
        arguments("3: a pod request without an object", Requests.pod(Operation.CREATE)
            .namespace("myns")),
        arguments("3: an object that is not a pod", create("{'kind':'Namespace'}")),
        arguments("a subresource other than ephemeralcontainers",
            create("{'kind':'Binding'}").subresource("binding")),
        arguments("an update", Requests.pod(Operation.UPDATE).namespace("myns")
            .object(Json.object("{'spec':{'containers':[{'name':'c'}]}}"))
            .oldObject(Json.object("{'spec':{'containers':[{'name':'c'}]}}"))),
        arguments("4: a mirror pod without account or secrets", create("{'metadata':{"
            + "'annotations':{'kubernetes.io/config.mirror':'abc'}},'spec':{'volumes':[{"
            + "'name':'v','emptyDir':{}}],'containers':[{'name':'c'}]}}")));
  }

  @ParameterizedTest(name = "case {0} is admitted unchanged, even with no account")
  @MethodSource("ignored")
  void ignoredRequestsAreAdmittedUnchanged(String behaviour, Requests requests) {
    AdmissionRequest request = requests.build();
    ObjectNode before = request.object() == null ? null : request.object().deepCopy();

    assertThatCode(() -> plugin.admit(request, new RequestScope())).doesNotThrowAnyException();
    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
    assertThat(request.object()).isEqualTo(before);
  }

  @ParameterizedTest(name = "case 1: handles {0} only if it is CREATE or UPDATE")
  @EnumSource(Operation.class)
  void case1HandlesCreateAndUpdateOnly(Operation operation) {
    assertThat(plugin.handles(operation))
        .isEqualTo(operation == Operation.CREATE || operation == Operation.UPDATE);
  }

  @Test
  void admitIsIdempotentAndValidateChangesNothing() {
    givenDefaultAccount();
    String pod = "{'spec':{'initContainers':[{'name':'i'}],'containers':[{'name':'c'}]}}";

    PluginChecks.assertIdempotent(plugin, create(pod).build());
    PluginChecks.assertDoesNotMutate(plugin, create(pod).build());
  }
}
