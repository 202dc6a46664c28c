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
 * Writes a demo file in Corridor's recruitment-costs layout: one survey per origin country, 50
 * workers per corridor (or as many as a load test asks for), with costs and first-month earnings of
 * the sizes the KNOMAD-ILO Migration Costs Surveys found for low-skilled jobs (a few hundred to a
 * few thousand US dollars of costs, US$ 300-500 a month in the Gulf), reported in local currencies
 * with the survey's rates. One worker's earnings come without the rate to convert them, so that
 * line is quarantined.
 */
final class RecruitmentCostDemoWriter {
  static final String FILE = "recruitment-costs-demo.csv";
  static final int WORKERS_PER_CORRIDOR = 50;
  private static final int SURVEY_YEAR = 2024;

  /** Cost items' shares of a worker's total: fees, documents, travel, medical, training, other. */
  private static final double[] ITEM_SHARES = {0.55, 0.10, 0.20, 0.06, 0.05, 0.04};

  /**
   * A surveyed corridor: currencies with units per US$ (2023 averages), the typical total cost and
   * first month's earnings in US$, and the jobs its workers take.
   */
  private record Corridor(
      String origin,
      String destination,
      String costCurrency,
      double costRate,
      String earningsCurrency,
      double earningsRate,
      double typicalCostUsd,
      double typicalEarningsUsd,
      double shareFemale,
      List<Job> jobs) {}

  /** An occupation (ISCO-08) in an industry (ISIC Rev. 4 section). */
  private record Job(String occupation, String industry) {}

  private static final Job CONSTRUCTION = new Job("9313", "F");
  private static final Job BRICKLAYER = new Job("7112", "F");
  private static final Job DOMESTIC = new Job("9111", "T");
  private static final Job DRIVER = new Job("8322", "H");
  private static final Job COOK = new Job("5120", "I");
  private static final Job FACTORY = new Job("8189", "C");

  private static final List<Corridor> CORRIDORS =
      List.of(
          new Corridor(
              "NPL",
              "QAT",
              "NPR",
              132.1,
              "QAR",
              3.64,
              1_100,
              380,
              0.05,
              List.of(CONSTRUCTION, BRICKLAYER, COOK)),
          new Corridor(
              "NPL",
              "MYS",
              "NPR",
              132.1,
              "MYR",
              4.56,
              1_300,
              330,
              0.10,
              List.of(FACTORY, CONSTRUCTION)),
          new Corridor(
              "PHL",
              "SAU",
              "PHP",
              55.6,
              "SAR",
              3.75,
              450,
              420,
              0.70,
              List.of(DOMESTIC, COOK, DRIVER)),
          new Corridor(
              "IND",
              "ARE",
              "INR",
              82.6,
              "AED",
              3.6725,
              1_200,
              450,
              0.05,
              List.of(CONSTRUCTION, DRIVER, COOK)),
          new Corridor(
              "PAK",
              "SAU",
              "PKR",
              280.4,
              "SAR",
              3.75,
              4_400,
              400,
              0.0,
              List.of(CONSTRUCTION, DRIVER, BRICKLAYER)),
          new Corridor(
              "ETH", "SAU", "ETB", 55.2, "SAR", 3.75, 900, 250, 0.85, List.of(DOMESTIC, COOK)));

  private final long seed;
  private final int workersPerCorridor;

  RecruitmentCostDemoWriter(long seed) {
    this(seed, WORKERS_PER_CORRIDOR);
  }

  /** A writer of {@code workersPerCorridor} workers per corridor instead of 50, for load tests. */
  RecruitmentCostDemoWriter(long seed, int workersPerCorridor) {
    this.seed = seed;
    this.workersPerCorridor = workersPerCorridor;
  }

  Path writeTo(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    Random random = new Random(seed * 41 + 7);
    Corridor lastCorridor = CORRIDORS.get(CORRIDORS.size() - 1);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(CorridorLayout.RECRUITMENT_COSTS.columns());
      for (Corridor corridor : CORRIDORS) {
        for (int n = 1; n <= workersPerCorridor; n++) {
          List<String> row = worker(corridor, n, random);
          if (corridor == lastCorridor && n == workersPerCorridor) {
            // Planted fault: earnings in riyals with no rate to turn them into US dollars.
            row.set(20, "");
          }
          printer.printRecord(row);
        }
      }
    }
    return file;
  }

  private static List<String> worker(Corridor corridor, int n, Random random) {
    // Costs vary widely between workers of one corridor (log-normal); some pay no agency fee.
    double totalUsd = corridor.typicalCostUsd() * Math.exp(0.5 * random.nextGaussian());
    boolean paidNoFee = random.nextDouble() < 0.1;
    Job job = corridor.jobs().get(random.nextInt(corridor.jobs().size()));
    List<String> row = new ArrayList<>();
    row.add("DEMO-MCS-" + SURVEY_YEAR + "-" + corridor.origin());
    row.add(corridor.destination() + String.format("-%03d", n));
    row.add(corridor.origin());
    row.add(corridor.destination());
    row.add(Integer.toString(SURVEY_YEAR - 1 - random.nextInt(3)));
    row.add(random.nextDouble() < corridor.shareFemale() ? "F" : "M");
    row.add(Integer.toString(20 + random.nextInt(26)));
    row.add(Integer.toString(1 + random.nextInt(3)));
    row.add(job.occupation());
    row.add(job.industry());
    for (int item = 0; item < ITEM_SHARES.length; item++) {
      double share = ITEM_SHARES[item] * Math.exp(0.3 * random.nextGaussian());
      double usd = item == 0 && paidNoFee ? 0 : totalUsd * share;
      row.add(Long.toString(roundTo(usd * corridor.costRate(), 100)));
    }
    row.add(corridor.costCurrency());
    row.add(Double.toString(corridor.costRate()));
    double earningsUsd = corridor.typicalEarningsUsd() * Math.exp(0.2 * random.nextGaussian());
    row.add(Long.toString(roundTo(earningsUsd * corridor.earningsRate(), 50)));
    row.add(corridor.earningsCurrency());
    row.add(Double.toString(corridor.earningsRate()));
    return row;
  }

  /** Survey answers are round figures. */
  private static long roundTo(double amount, long unit) {
    return Math.round(amount / unit) * unit;
  }
}
