package io.kubesim.simulator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kubesim} command line: {@code kubesim serve ...}. The only code that prints. */
@Command(name = "kubesim", mixinStandardHelpOptions = true, version = "kubesim 0.1.0",
    description = "A simulated Kubernetes API server (kube-apiserver 1.33) for tests and demos.",
    subcommands = {ServeCommand.class})
public final class KubesimCommand implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    int code = new CommandLine(new KubesimCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
