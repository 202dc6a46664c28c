package org.corridor.etl.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.etl.source.layout.CorridorLayout;

/**
 * Writes the civil-society side of the demo: programme results in Corridor's programme-results
 * layout, as diaspora platforms report them (AFFORD's diaspora finance in Nigeria, Rwanda, Sierra
 * Leone and Zimbabwe; JMDI's business incubation in El Salvador), and the definitions of the
 * indicators of change the Civil Society Days 2016 session 3.2 asked for: businesses created,
 * mentorship relations, loans, and loans per business. One result is negative and one definition
 * names a column programme results do not have, so both are quarantined.
 */
final class CustomIndicatorDemoWriter {
  static final String RESULTS_FILE = "programme-results-demo.csv";
  static final String DEFINITIONS_FILE = "custom-indicators-demo.json";
  static final int FIRST_YEAR = 2017;
  static final int LAST_YEAR = 2024;

  private static final List<List<String>> PROGRAMMES =
      List.of(
          List.of("AFFORD-DFI", "NGA"),
          List.of("AFFORD-DFI", "RWA"),
          List.of("AFFORD-DFI", "SLE"),
          List.of("AFFORD-DFI", "ZWE"),
          List.of("JMDI-INCUBATION", "SLV"));

  private static final String DEFINITIONS =
      """
      {
        "corridorCustomIndicators": [
          {
            "code": "CUSTOM.DIASPORA_BUSINESSES",
            "name": "Businesses created by diaspora entrepreneurs",
            "unit": "NUMBER",
            "factTable": "silver.programme_result",
            "filter": "metric = 'BUSINESSES_CREATED'",
            "numerator": "value",
            "aggregation": "SUM",
            "target": {"value": 400, "year": 2030},
            "direction": "INCREASE",
            "source": "Diaspora platforms' programme reports (demo)"
          },
          {
            "code": "CUSTOM.MENTORSHIP_RELATIONS",
            "name": "Mentorship relations between diaspora and local entrepreneurs",
            "unit": "NUMBER",
            "factTable": "silver.programme_result",
            "filter": "metric = 'MENTORSHIPS'",
            "numerator": "value",
            "aggregation": "SUM",
            "direction": "INCREASE",
            "source": "Diaspora platforms' programme reports (demo)"
          },
          {
            "code": "CUSTOM.DIASPORA_LOANS",
            "name": "Loans to diaspora entrepreneurs",
            "unit": "NUMBER",
            "factTable": "silver.programme_result",
            "filter": "metric = 'LOANS'",
            "numerator": "value",
            "aggregation": "SUM",
            "direction": "INCREASE",
            "source": "Diaspora platforms' programme reports (demo)"
          },
          {
            "code": "CUSTOM.LOANS_PER_BUSINESS",
            "name": "Loans per business created",
            "unit": "RATIO",
            "factTable": "silver.programme_result",
            "filter": "metric IN ('LOANS', 'BUSINESSES_CREATED')",
            "numerator": "CASE WHEN metric = 'LOANS' THEN value ELSE 0 END",
            "denominator": "CASE WHEN metric = 'BUSINESSES_CREATED' THEN value ELSE 0 END",
            "aggregation": "RATIO_OF_SUMS",
            "direction": "NONE",
            "source": "Diaspora platforms' programme reports (demo)"
          },
          {
            "code": "CUSTOM.BUSINESS_INCOME",
            "name": "Income of businesses created (planted fault: no such column)",
            "unit": "USD",
            "factTable": "silver.programme_result",
            "numerator": "income",
            "aggregation": "SUM",
            "direction": "INCREASE"
          }
        ]
      }
      """;

  private final long seed;

  CustomIndicatorDemoWriter(long seed) {
    this.seed = seed;
  }

  List<Path> writeTo(Path folder) throws IOException {
    Path definitions = folder.resolve(DEFINITIONS_FILE);
    Files.writeString(definitions, DEFINITIONS, StandardCharsets.UTF_8);
    return List.of(writeResults(folder.resolve(RESULTS_FILE)), definitions);
  }

  private Path writeResults(Path file) throws IOException {
    Random random = new Random(seed * 53 + 29);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(CorridorLayout.PROGRAMME_RESULTS.columns());
      for (List<String> programme : PROGRAMMES) {
        double businesses = 4 + random.nextInt(20);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
          long created = Math.round(businesses * (0.8 + 0.4 * random.nextDouble()));
          long loans = Math.round(created * (0.6 + 0.9 * random.nextDouble()));
          // Planted fault: a negative count, which cannot be.
          boolean planted = programme.get(1).equals("ZWE") && year == 2019;
          result(printer, programme, year, "BUSINESSES_CREATED", "", created);
          result(printer, programme, year, "LOANS", "", planted ? -loans : loans);
          result(printer, programme, year, "MENTORSHIPS", "F", mentorships(created, random));
          result(printer, programme, year, "MENTORSHIPS", "M", mentorships(created, random));
          businesses *= 1.05 + 0.1 * random.nextDouble();
        }
      }
    }
    return file;
  }

  private static long mentorships(long created, Random random) {
    return Math.round(created * (0.3 + 0.5 * random.nextDouble()));
  }

  private static void result(
      CSVPrinter printer, List<String> programme, int year, String metric, String sex, long value)
      throws IOException {
    printer.printRecord(
        programme.get(1), year, programme.get(0), metric, sex, Long.toString(value));
  }
}
