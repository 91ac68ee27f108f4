package io.kubesim.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.junit.KubeSimulatorTest;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Measures what the extension adds to a test class of {@value #TESTS} tests that reset the
 * cluster between tests: the same test bodies run once under {@code @KubeSimulatorTest} and once
 * against a simulator the class starts by hand and never resets. The difference, divided by the
 * number of tests, is the extension's cost per test (reset, parameter resolution, and its share
 * of starting the simulator). Issue 4's budget is 5 ms per test; {@link #main} prints the
 * figures ({@code BENCH_ONLY=reset benchmarks/run.sh}).
 */
public final class ResetOverheadBenchmark {

  static final int TESTS = 100;

  /** The figures of one comparison, in milliseconds. */
  public record Figures(double withExtensionMs, double byHandMs) {
    public double overheadPerTestMs() {
      return (withExtensionMs - byHandMs) / TESTS;
    }
  }

  /** The test body both classes run: one write and one read. */
  static void body(KubernetesClient client, int i) {
    client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("cm-" + i)
        .endMetadata().addToData("i", Integer.toString(i)).build()).create();
    client.configMaps().withName("cm-" + i).get();
  }

  /** 100 tests under the extension, reset between each. */
  @KubeSimulatorTest
  public static class WithExtension {
    @RepeatedTest(TESTS)
    void test(KubernetesClient client, org.junit.jupiter.api.RepetitionInfo repetition) {
      body(client, repetition.getCurrentRepetition());
    }
  }

  /** The same under the extension with reset off, to tell reset from the rest. */
  @KubeSimulatorTest(reset = false)
  public static class WithExtensionNoReset {
    @RepeatedTest(TESTS)
    void test(KubernetesClient client, org.junit.jupiter.api.RepetitionInfo repetition) {
      body(client, repetition.getCurrentRepetition());
    }
  }

  /** The same bodies against one simulator the class starts itself and never resets. */
  public static class ByHand {
    static KubeSimulator simulator;
    static KubernetesClient client;

    @BeforeAll
    static void start() {
      simulator = KubeSimulator.start(SimulatorOptions.builder().build());
      client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(Config.empty())
              .withMasterUrl(simulator.baseUrl()).withNamespace("default")
              .withRequestRetryBackoffLimit(0).build())
          .withHttpClientFactory(new JdkHttpClientFactory()).build();
    }

    @AfterAll
    static void stop() {
      client.close();
      simulator.close();
    }

    @RepeatedTest(TESTS)
    void test(org.junit.jupiter.api.RepetitionInfo repetition) {
      body(client, repetition.getCurrentRepetition());
    }
  }

  /** Best of {@code rounds} runs of each class, after one warm-up run of each. */
  public static Figures measure(int rounds) {
    run(WithExtension.class);
    run(ByHand.class);
    double[] with = new double[rounds];
    double[] by = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      with[i] = run(WithExtension.class);
      by[i] = run(ByHand.class);
    }
    return new Figures(Arrays.stream(with).min().orElseThrow(),
        Arrays.stream(by).min().orElseThrow());
  }

  private static double run(Class<?> testClass) {
    long start = System.nanoTime();
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass)).execute();
    double ms = (System.nanoTime() - start) / 1e6;
    long passed = results.testEvents().succeeded().count();
    if (passed != TESTS) {
      throw new IllegalStateException(testClass.getSimpleName() + ": " + passed + " of " + TESTS
          + " tests passed");
    }
    return ms;
  }

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Figures f = measure(rounds);
    double noReset = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      noReset = Math.min(noReset, run(WithExtensionNoReset.class));
    }
    BenchOutput.line(String.format(Locale.ROOT, "class of %d tests, best of %d runs:", TESTS,
        rounds));
    BenchOutput.line(String.format(Locale.ROOT,
        "  @KubeSimulatorTest, reset between tests: %8.1f ms", f.withExtensionMs()));
    BenchOutput.line(String.format(Locale.ROOT,
        "  @KubeSimulatorTest(reset = false):        %8.1f ms", noReset));
    BenchOutput.line(String.format(Locale.ROOT,
        "  same bodies, simulator by hand, no reset: %8.1f ms", f.byHandMs()));
    BenchOutput.line(String.format(Locale.ROOT,
        "  extension overhead per test:              %8.2f ms", f.overheadPerTestMs()));
  }
}
