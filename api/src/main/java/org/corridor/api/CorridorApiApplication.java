package org.corridor.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Corridor API: serves the gold tables of a warehouse over HTTP. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CorridorApiApplication {

  public static void main(String[] args) {
    SpringApplication.run(CorridorApiApplication.class, args);
  }
}
