package org.corridor.warehouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.corridor.warehouse",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModelDependenciesTest {

  @ArchTest
  static final ArchRule modelUsesNeitherSparkNorSpring =
      noClasses()
          .that()
          .resideInAPackage("org.corridor.warehouse..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "org.springframework..", "io.delta..")
          .because("the ETL and the API both build on the model; it must not pull either in");

  @ArchTest
  static final ArchRule modelKnowsNothingOfItsUsers =
      noClasses()
          .that()
          .resideInAPackage("org.corridor.warehouse..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.corridor.etl..", "org.corridor.api..");
}
