package io.kubesim.benchmarks.jmh;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH form of the start-up figure: one {@code KubeSimulator.start} per single-shot iteration, with
 * a first simulator running for the whole trial; each started simulator is closed outside the
 * timed region.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 30)
@Measurement(iterations = 50)
@Fork(1)
public class SecondInstanceStartupBenchmark {

  private KubeSimulator first;
  private KubeSimulator second;

  @Setup(Level.Trial)
  public void startFirst() {
    first = KubeSimulator.start(SimulatorOptions.builder().port(0).build());
  }

  @Benchmark
  public int startSecond() {
    second = KubeSimulator.start(SimulatorOptions.builder().port(0).build());
    return second.port();
  }

  @TearDown(Level.Iteration)
  public void closeSecond() {
    if (second != null) {
      second.close();
      second = null;
    }
  }

  @TearDown(Level.Trial)
  public void closeFirst() {
    first.close();
  }
}
