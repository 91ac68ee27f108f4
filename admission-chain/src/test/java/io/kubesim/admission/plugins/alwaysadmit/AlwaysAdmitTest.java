package io.kubesim.admission.plugins.alwaysadmit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlwaysAdmitTest {

  private final AlwaysAdmit plugin = new AlwaysAdmit();

  @ParameterizedTest(name = "{0} is handled and admitted unchanged")
  @EnumSource(Operation.class)
  void admitsEveryOperationUnchanged(Operation operation) {
    AdmissionRequest request = Requests.pod(operation).name("web")
        .object(Json.object("{'metadata':{'name':'web'}}")).build();

    assertThat(plugin.handles(operation)).isTrue();
    assertThatCode(() -> plugin.admit(request, new RequestScope())).doesNotThrowAnyException();
    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
    PluginChecks.assertIdempotent(plugin, request);
    PluginChecks.assertDoesNotMutate(plugin, request);
    assertThat(request.object()).isEqualTo(Json.object("{'metadata':{'name':'web'}}"));
  }
}
