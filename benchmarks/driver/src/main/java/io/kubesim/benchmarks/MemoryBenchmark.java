package io.kubesim.benchmarks;

import io.kubesim.benchmarks.client.HttpPodFill;
import io.kubesim.benchmarks.stats.ResultsFile;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the heap that {@code pods} small pods occupy in an in-process simulator: pods are
 * created through the HTTP API (so they carry the defaults the pipeline adds), then the heap is
 * collected and its used size read through the MemoryMXBean. run.sh runs it with {@code -Xmx1g},
 * so finishing at all shows the pods fit in 1 GiB.
 *
 * <p>Usage: {@code MemoryBenchmark [pods=100000] [inFlight=16]}.
 */
public final class MemoryBenchmark {

  private static final double MIB = 1024.0 * 1024.0;

  private MemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pods = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder().port(0).build())) {
      long baseline = settledHeapUsed();
      HttpPodFill.createPods(sim.baseUrl(), "mem-", 0, pods, inFlight);
      long loaded = settledHeapUsed();
      long direct = bufferPoolBytes();
      // undecoded: decoding 100k pods into trees to count them would need more heap than they do
      long stored = sim.store().listEncoded("/core/pods/default/").items().size();
      double perPod = (loaded - baseline) / (double) pods;
      BenchOutput.line(
          String.format(
              "memory: %d pods stored; heap used %.0f MiB (baseline %.0f MiB, max %.0f MiB), %.0f bytes/pod;"
                  + " direct+mapped buffers %.0f MiB; process RSS %s",
              stored, loaded / MIB, baseline / MIB, Runtime.getRuntime().maxMemory() / MIB, perPod, direct / MIB, rss()));
      ResultsFile results = ResultsFile.fromSystemProperty();
      results.put("memory.pods", stored);
      results.put("memory.heap_used_mib", loaded / MIB);
      results.put("memory.heap_baseline_mib", baseline / MIB);
      results.put("memory.heap_max_mib", Runtime.getRuntime().maxMemory() / MIB);
      results.put("memory.bytes_per_pod", perPod);
      results.put("memory.buffers_mib", direct / MIB);
    }
  }

  private static long settledHeapUsed() throws InterruptedException {
    long used = Long.MAX_VALUE;
    // Several collections: the first may leave garbage that only finalisation and reference
    // processing release; keep the lowest reading.
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static long bufferPoolBytes() {
    return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
        .mapToLong(BufferPoolMXBean::getMemoryUsed)
        .sum();
  }

  private static String rss() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.substring("VmRSS:".length()).strip())
          .findFirst()
          .orElse("n/a");
    } catch (IOException e) {
      return "n/a";
    }
  }
}
