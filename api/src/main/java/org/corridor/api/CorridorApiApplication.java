package org.corridor.api;

import org.corridor.api.report.ReportRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** Entry point of the Corridor API: serves the gold tables of a warehouse over HTTP. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CorridorApiApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext context =
        SpringApplication.run(CorridorApiApplication.class, args);
    // The report mode (corridor report) writes its files while starting; then the JVM ends
    // with the runner's exit code instead of serving.
    if (context.getEnvironment().containsProperty(ReportRunner.YEAR_PROPERTY)) {
      System.exit(SpringApplication.exit(context));
    }
  }
}
