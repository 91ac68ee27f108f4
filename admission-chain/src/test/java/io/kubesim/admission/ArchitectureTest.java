package io.kubesim.admission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The admission chain is a plain library: no server, no storage, no console. */
@AnalyzeClasses(packages = "io.kubesim.admission",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noVertxOrMapDb = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("io.vertx..", "org.mapdb..")
      .because("the simulator owns HTTP and storage; plugins see only ClusterView");

  @ArchTest
  static final ArchRule noStandardStreams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule pluginsKnowNothingOfTheChain = noClasses()
      .that().resideInAPackage("io.kubesim.admission.plugins.*..")
      .should().dependOnClassesThat().resideInAnyPackage("io.kubesim.admission.chain..",
          "io.kubesim.admission.config..")
      .because("cross-cutting concerns wrap plugins from outside");

  @ArchTest
  static final ArchRule subpackagesAreFreeOfCycles =
      slices().matching("io.kubesim.admission.(*)..").should().beFreeOfCycles();
}
