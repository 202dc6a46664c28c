package org.corridor.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.corridor.api")
class NoSparkArchitectureTest {

  @ArchTest
  static final ArchRule apiReadsTablesWithoutSpark =
      noClasses()
          .that()
          .resideInAPackage("org.corridor.api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.spark..")
          .because("the API reads Delta tables with delta-kernel; Spark stays in the ETL");
}
