package io.kubesim.simulator.cli;

import io.kubesim.simulator.SimulatorOptions;
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

  /**
   * The options {@code kubesim serve <serveArgs>} would start its server with, parsed but not
   * started: tests start the standalone server in-process exactly as the command would.
   *
   * @throws CommandLine.ParameterException when the arguments do not parse, as the command
   *     line would report them
   */
  public static SimulatorOptions serveOptions(String... serveArgs) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(serveArgs);
    return serve.options();
  }

  public static void main(String[] args) {
    int code = new CommandLine(new KubesimCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
