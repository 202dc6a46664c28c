package org.corridor.etl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.corridor.etl", importOptions = ImportOption.DoNotIncludeTests.class)
class EtlDependenciesTest {

  @ArchTest
  static final ArchRule etlRunsWithoutSpringOrTheApi =
      noClasses()
          .that()
          .resideInAPackage("org.corridor.etl..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.corridor.api..")
          .because("the API runs in its own JVM; the ETL starts it as a separate process");

  @ArchTest
  static final ArchRule sourceReadersDoNotWriteTables =
      noClasses()
          .that()
          .resideInAPackage("org.corridor.etl.source..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.corridor.etl.delta..", "io.delta..")
          .because("readers turn publisher files into rows; writing is the pipeline's job");
}
