package io.kubesim.simulator.pipeline;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * Words a YAML syntax error as go-yaml (behind upstream's {@code application/yaml} decoder) does:
 * {@code yaml: line 3: mapping values are not allowed in this context}. SnakeYAML and go-yaml
 * both descend from libyaml and fail at the same marks; only the wording differs.
 */
final class GoYamlError {

  /** SnakeYAML's problem (a prefix of it) and libyaml's words for it, most specific first. */
  private static final List<Map.Entry<String, String>> PROBLEMS = List.of(
      Map.entry("mapping values are not allowed here",
          "mapping values are not allowed in this context"),
      Map.entry("sequence entries are not allowed here",
          "block sequence entries are not allowed in this context"),
      Map.entry("found character", "found character that cannot start any token"),
      Map.entry("expected ',' or '}'", "did not find expected ',' or '}'"),
      Map.entry("expected ',' or ']'", "did not find expected ',' or ']'"),
      Map.entry("expected the node content", "did not find expected node content"));

  private GoYamlError() {}

  /** go-yaml's message for the YAML parse failure {@code failure}. */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return "yaml: " + where(marked) + problem(marked);
      }
    }
    return "yaml: " + failure.getMessage();
  }

  /**
   * go-yaml's quirky position: scanner errors name the 1-based line, parser errors the 0-based
   * one, and an error on the first line names none.
   */
  private static String where(MarkedYAMLException e) {
    Mark problem = e.getProblemMark();
    Mark context = e.getContextMark();
    int line = 0;
    if (problem != null && problem.getLine() != 0) {
      line = problem.getLine() + (e instanceof ScannerException ? 1 : 0);
    } else if (context != null && context.getLine() != 0) {
      line = context.getLine();
    }
    return line == 0 ? "" : "line " + line + ": ";
  }

  private static String problem(MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.startsWith("expected <block end>")) {
      return "while parsing a block collection".equals(e.getContext())
          ? "did not find expected '-' indicator" : "did not find expected key";
    }
    for (Map.Entry<String, String> known : PROBLEMS) {
      if (problem.startsWith(known.getKey())) {
        return known.getValue();
      }
    }
    return problem;
  }
}
