package io.kubesim.simulator.kubectl;

import java.util.List;

/**
 * What a finished process (a kubectl run, a stopped server) printed and how it exited.
 *
 * @param command the command line, for failure messages
 * @param exitCode the process exit code
 * @param stdout everything printed on standard output
 * @param stderr everything printed on standard error
 */
public record ProcessResult(List<String> command, int exitCode, String stdout, String stderr) {

  /** Standard output split into lines, without a trailing empty line. */
  public List<String> stdoutLines() {
    return lines(stdout);
  }

  /** Standard error split into lines, without a trailing empty line. */
  public List<String> stderrLines() {
    return lines(stderr);
  }

  /** This result, after checking that the process exited 0. */
  public ProcessResult succeeded() {
    if (exitCode != 0) {
      throw new AssertionError("expected exit 0 from " + this);
    }
    return this;
  }

  /** This result, after checking that it exited 1, as kubectl does for every failed command. */
  public ProcessResult failed() {
    if (exitCode != 1) {
      throw new AssertionError("expected exit 1 from " + this);
    }
    return this;
  }

  @Override
  public String toString() {
    return String.join(" ", command.stream().map(ProcessResult::abbreviate).toList())
        + " (exit " + exitCode + ")\n--- stdout\n" + stdout
        + "--- stderr\n" + stderr;
  }

  /** Keeps failure messages readable when an argument is a whole classpath. */
  private static String abbreviate(String argument) {
    return argument.length() <= 200 ? argument : argument.substring(0, 200) + "...";
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }
}
