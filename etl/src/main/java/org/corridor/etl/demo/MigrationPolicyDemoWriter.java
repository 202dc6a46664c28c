package org.corridor.etl.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.etl.source.layout.CorridorLayout;

/**
 * Writes a demo file in Corridor's migration-policies layout: the 2021 inquiry round answered by a
 * dozen countries, all 30 sub-categories each, with a few left unanswered. Each country has its own
 * propensity to answer yes, so the scores spread over the four SDG 10.7.2 categories. One answer
 * gives "yes for migrants with legal status only" in domain 4, which offers no such answer, so it
 * is quarantined.
 */
final class MigrationPolicyDemoWriter {
  static final String FILE = "migration-policies-demo.csv";
  static final int ROUND = 2021;
  static final List<String> COUNTRIES =
      List.of("MEX", "PHL", "DEU", "SEN", "IDN", "ECU", "MAR", "NPL", "CAN", "GHA", "KGZ", "JOR");
  private static final int DOMAINS = 6;
  private static final int SUB_CATEGORIES = 5;

  private final long seed;

  MigrationPolicyDemoWriter(long seed) {
    this.seed = seed;
  }

  Path writeTo(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    Random random = new Random(seed * 47 + 13);
    List<List<String>> rows = new ArrayList<>();
    for (String country : COUNTRIES) {
      double propensity = 0.35 + 0.65 * random.nextDouble();
      for (int domain = 1; domain <= DOMAINS; domain++) {
        for (int subCategory = 1; subCategory <= SUB_CATEGORIES; subCategory++) {
          rows.add(
              List.of(
                  country,
                  Integer.toString(ROUND),
                  Integer.toString(domain),
                  Integer.toString(subCategory),
                  answer(domain, propensity, random)));
        }
      }
    }
    // Planted fault: Ghana's domain 4, sub-category 3 (domain 4 answers are yes or no only).
    int ghana = COUNTRIES.indexOf("GHA") * DOMAINS * SUB_CATEGORIES;
    rows.set(
        ghana + 3 * SUB_CATEGORIES + 2, List.of("GHA", "2021", "4", "3", "yes_legal_status_only"));
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(CorridorLayout.MIGRATION_POLICIES.columns());
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
    return file;
  }

  private static String answer(int domain, double propensity, Random random) {
    if (random.nextDouble() < 0.03) {
      return "";
    }
    double draw = random.nextDouble();
    if (draw < propensity) {
      // Domain 1 (migrant rights): part of the yes answers cover migrants with legal status only.
      return domain == 1 && random.nextDouble() < 0.4 ? "yes_legal_status_only" : "yes";
    }
    return "no";
  }
}
