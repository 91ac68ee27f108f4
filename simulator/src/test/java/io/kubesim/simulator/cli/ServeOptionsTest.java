package io.kubesim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubesim.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code kubesim serve} flags parse into the {@link SimulatorOptions} the server starts with. */
class ServeOptionsTest {

  static Stream<Arguments> flags() {
    return Stream.of(
        Arguments.of("no flags serve plain HTTP on 127.0.0.1:6443", List.of(),
            (Function<SimulatorOptions, Object>) o -> List.of(o.host(), o.port(), o.tls(),
                o.kubeconfig()),
            List.of("127.0.0.1", 6443, false, Path.of("kubesim.kubeconfig"))),
        Arguments.of("--port 0 --tls --kubeconfig serve HTTPS on a free port",
            List.of("--port", "0", "--tls", "--kubeconfig", "/tmp/k"),
            (Function<SimulatorOptions, Object>) o -> List.of(o.port(), o.tls(), o.kubeconfig()),
            List.of(0, true, Path.of("/tmp/k"))),
        Arguments.of("admission flags split on commas",
            List.of("--enable-admission-plugins=AlwaysPullImages,LimitRanger",
                "--disable-admission-plugins", "ServiceAccount"),
            (Function<SimulatorOptions, Object>) o -> List.of(o.admission().enablePlugins(),
                o.admission().disablePlugins()),
            List.of(List.of("AlwaysPullImages", "LimitRanger"), List.of("ServiceAccount"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flags")
  void serveFlagsBecomeTheSimulatorOptions(String behaviour, List<String> args,
      Function<SimulatorOptions, Object> read, Object expected) {
    SimulatorOptions options = KubesimCommand.serveOptions(args.toArray(String[]::new));

    assertThat(read.apply(options)).isEqualTo(expected);
  }

  @Test
  void anUnknownFlagIsRefusedAsTheCommandLineWould() {
    assertThatThrownBy(() -> KubesimCommand.serveOptions("--no-such-flag"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("Unknown option: '--no-such-flag'");
  }
}
