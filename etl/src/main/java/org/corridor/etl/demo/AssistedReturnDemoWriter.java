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
 * Writes a demo file in Corridor's assisted-returns layout: for a handful of host-origin pairs
 * typical of IOM's AVRR caseload, 2021-2023, returnees by sex and age group, mostly with
 * reintegration assistance, plus victims of trafficking and unaccompanied children. One line names
 * Kosovo by the common mistake {@code KOS} (its code is {@code XKX}), so it is quarantined.
 */
final class AssistedReturnDemoWriter {
  static final String FILE = "assisted-returns-demo.csv";
  static final int FIRST_YEAR = 2021;
  static final int LAST_YEAR = 2023;
  private static final List<String> SEXES = List.of("F", "M");
  private static final List<String> ADULT_AGE_GROUPS =
      List.of("Y18T24", "Y25T34", "Y35T49", "Y50T64");

  /** A host-origin pair and the typical number of assisted returns along it per year. */
  private record Pair(String host, String origin, int typicalReturns) {}

  private static final List<Pair> PAIRS =
      List.of(
          new Pair("NER", "MLI", 3_000),
          new Pair("NER", "GIN", 2_500),
          new Pair("LBY", "NGA", 1_800),
          new Pair("DEU", "IRQ", 1_200),
          new Pair("DEU", "GEO", 600),
          new Pair("GRC", "PAK", 700),
          new Pair("BEL", "UKR", 150),
          new Pair("MAR", "SEN", 500),
          new Pair("DJI", "ETH", 900));

  private final long seed;

  AssistedReturnDemoWriter(long seed) {
    this.seed = seed;
  }

  Path writeTo(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    Random random = new Random(seed * 43 + 11);
    List<List<String>> rows = new ArrayList<>();
    for (Pair pair : PAIRS) {
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        rows.addAll(lines(pair, year, random));
      }
    }
    rows.add(line("KOS", "ALB", LAST_YEAR, "M", "Y25T34", "AVRR", "NONE", "yes", 12));
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(CorridorLayout.ASSISTED_RETURNS.columns());
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
    return file;
  }

  /** One host-origin-year: adults by sex and age, then the children and vulnerable returnees. */
  private static List<List<String>> lines(Pair pair, int year, Random random) {
    double total = pair.typicalReturns() * Math.exp(0.3 * random.nextGaussian());
    List<List<String>> lines = new ArrayList<>();
    for (String sex : SEXES) {
      double sexShare = sex.equals("M") ? 0.8 : 0.2;
      for (String age : ADULT_AGE_GROUPS) {
        double count = total * sexShare * ageShare(age) * Math.exp(0.2 * random.nextGaussian());
        long withReintegration = Math.round(count * 0.85);
        lines.add(line(pair, year, sex, age, "AVRR", "NONE", "yes", withReintegration));
        lines.add(
            line(pair, year, sex, age, "AVR", "NONE", "no", Math.round(count) - withReintegration));
      }
      lines.add(
          line(
              pair,
              year,
              sex,
              "Y_LT18",
              "AVRR",
              "UNACCOMPANIED_OR_SEPARATED_CHILD",
              "yes",
              Math.round(total * 0.02 * random.nextDouble())));
      lines.add(
          line(
              pair,
              year,
              sex,
              "Y18T24",
              "AVRR",
              "VICTIM_OF_TRAFFICKING",
              "yes",
              Math.round(total * 0.03 * random.nextDouble())));
    }
    return lines;
  }

  private static double ageShare(String age) {
    return switch (age) {
      case "Y18T24" -> 0.35;
      case "Y25T34" -> 0.40;
      case "Y35T49" -> 0.20;
      default -> 0.05;
    };
  }

  private static List<String> line(
      Pair pair,
      int year,
      String sex,
      String age,
      String assistance,
      String vulnerability,
      String reintegration,
      long returnees) {
    return line(
        pair.host(),
        pair.origin(),
        year,
        sex,
        age,
        assistance,
        vulnerability,
        reintegration,
        returnees);
  }

  private static List<String> line(
      String host,
      String origin,
      int year,
      String sex,
      String age,
      String assistance,
      String vulnerability,
      String reintegration,
      long returnees) {
    return List.of(
        host,
        origin,
        Integer.toString(year),
        sex,
        age,
        assistance,
        vulnerability,
        reintegration,
        Long.toString(returnees));
  }
}
