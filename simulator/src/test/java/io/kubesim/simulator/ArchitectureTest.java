package io.kubesim.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The simulator's layering: only the HTTP front and the facade know Vert.x; only the CLI prints. */
@AnalyzeClasses(packages = "io.kubesim.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule requestPathIsFreeOfVertx = noClasses()
      .that().resideInAnyPackage("..simulator.pipeline..", "..simulator.store..",
          "..simulator.api..", "..simulator.validation..", "..simulator.journal..",
          "..simulator.controller..", "..simulator.selector..", "..simulator.patch..")
      .should().dependOnClassesThat().resideInAPackage("io.vertx..")
      .because("the request path is plain Java that runs on worker threads and in unit tests");

  @ArchTest
  static final ArchRule onlyTheCliPrints = noClasses()
      .that().resideOutsideOfPackage("..simulator.cli..")
      .should().accessField(System.class, "out")
      .because("the CLI is the only place allowed to print to stdout");
}
