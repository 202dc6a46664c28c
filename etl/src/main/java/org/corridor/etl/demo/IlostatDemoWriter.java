package org.corridor.etl.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an ILOSTAT bulk CSV in the code flavour: the labour force by sex, age and place of birth
 * ({@code MST_TEAP_SEX_AGE_CBR_NB}, thousands) of a dozen destination countries, 2015-2024. Totals
 * are the sums of their parts, as in ILOSTAT: both sexes = women + men, 15+ = 15-24 + 25+, all =
 * native-born + foreign-born. One line for an ILO aggregate ({@code X01}) shows that aggregates are
 * quarantined, not read as a country. The same seed always writes the same bytes.
 */
final class IlostatDemoWriter {
  static final String FILE = "MST_TEAP_SEX_AGE_CBR_NB_A-demo.csv";
  static final String INDICATOR = "MST_TEAP_SEX_AGE_CBR_NB";
  static final List<String> COUNTRIES =
      List.of("DEU", "FRA", "ITA", "ESP", "GBR", "USA", "CAN", "ARE", "SAU", "MYS", "ZAF", "ARG");
  static final int FIRST_YEAR = 2015;
  static final int LAST_YEAR = 2024;

  private static final String[] SEXES = {"SEX_F", "SEX_M"};
  private static final String[] AGES = {"AGE_YTHADULT_Y15-24", "AGE_YTHADULT_YGE25"};
  private static final String[] GROUPS = {"CBR_NAT", "CBR_FOR"};
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private IlostatDemoWriter() {}

  /** Writes the file into {@code folder} and returns its path. */
  static Path writeTo(Path folder, long seed) throws IOException {
    Path file = folder.resolve(FILE);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      printer.printRecord(
          "ref_area",
          "source",
          "indicator",
          "sex",
          "classif1",
          "classif2",
          "time",
          "obs_value",
          "obs_status",
          "note_classif",
          "note_indicator",
          "note_source");
      for (int c = 0; c < COUNTRIES.size(); c++) {
        String country = COUNTRIES.get(c);
        Random random = new Random(seed * 31 + country.hashCode());
        double labourForce = 2_000 + 48_000 * random.nextDouble();
        double foreignShare = 0.05 + 0.35 * random.nextDouble();
        double growth = 0.005 + 0.015 * random.nextDouble();
        String source = "BA:" + (1000 + c);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
          BigDecimal[][][] leaves = leaves(random, labourForce, foreignShare);
          writeYear(printer, country, source, year, leaves);
          labourForce *= 1 + growth;
          foreignShare = Math.min(0.6, foreignShare * (1 + 0.02 * random.nextGaussian()));
        }
      }
      printer.printRecord(
          "X01",
          "",
          INDICATOR,
          "SEX_T",
          "AGE_YTHADULT_YGE15",
          "CBR_FOR",
          LAST_YEAR,
          "169000.000",
          "",
          "",
          "",
          "ILO modelled estimates (aggregate)");
    }
    return file;
  }

  /** Thousands of persons by sex x age x place of birth, rounded as ILOSTAT publishes them. */
  private static BigDecimal[][][] leaves(Random random, double labourForce, double foreignShare) {
    BigDecimal[][][] leaves = new BigDecimal[SEXES.length][AGES.length][GROUPS.length];
    double menShare = 0.52 + 0.06 * random.nextDouble();
    double youthShare = 0.08 + 0.08 * random.nextDouble();
    for (int s = 0; s < SEXES.length; s++) {
      double bySex = labourForce * (s == 1 ? menShare : 1 - menShare);
      for (int a = 0; a < AGES.length; a++) {
        double byAge = bySex * (a == 0 ? youthShare : 1 - youthShare);
        leaves[s][a][0] = thousands(byAge * (1 - foreignShare));
        leaves[s][a][1] = thousands(byAge * foreignShare);
      }
    }
    return leaves;
  }

  /** Every combination of sex, age and place of birth, each total the sum of its leaves. */
  private static void writeYear(
      CSVPrinter printer, String country, String source, int year, BigDecimal[][][] leaves)
      throws IOException {
    for (int s = -1; s < SEXES.length; s++) {
      for (int a = -1; a < AGES.length; a++) {
        for (int g = -1; g < GROUPS.length; g++) {
          printer.printRecord(
              country,
              source,
              INDICATOR,
              s < 0 ? "SEX_T" : SEXES[s],
              a < 0 ? "AGE_YTHADULT_YGE15" : AGES[a],
              g < 0 ? "CBR_TOTAL" : GROUPS[g],
              year,
              sum(leaves, s, a, g).toPlainString(),
              "",
              "",
              "",
              "");
        }
      }
    }
  }

  /** The sum of the leaves matching a combination; -1 stands for the total over a dimension. */
  private static BigDecimal sum(BigDecimal[][][] leaves, int sex, int age, int group) {
    BigDecimal total = BigDecimal.ZERO.setScale(3);
    for (int s = 0; s < SEXES.length; s++) {
      for (int a = 0; a < AGES.length; a++) {
        for (int g = 0; g < GROUPS.length; g++) {
          if ((sex < 0 || sex == s) && (age < 0 || age == a) && (group < 0 || group == g)) {
            total = total.add(leaves[s][a][g]);
          }
        }
      }
    }
    return total;
  }

  private static BigDecimal thousands(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
  }
}
