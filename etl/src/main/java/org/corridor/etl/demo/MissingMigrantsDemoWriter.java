package org.corridor.etl.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an IOM Missing Migrants Project download in its current layout: incidents of 2023-2025 on
 * a few routes, with IOM's quirks (dates like {@code Thu, 01/01/2026 - 12:00}, {@code "lat, lon"}
 * in one field, several origins in one cell, blank counts where none were recorded). One record
 * with "several" as its number of dead shows the quarantine at work. The same seed always writes
 * the same bytes.
 */
final class MissingMigrantsDemoWriter {
  static final String FILE = "MissingMigrants-Global-demo.csv";
  static final int FIRST_YEAR = 2023;
  static final int LAST_YEAR = 2025;
  static final int INCIDENTS_PER_YEAR = 60;
  // Regular incidents are numbered from 1, so this number is never theirs at any size.
  static final String PLANTED_ID = "2024.MMP0000";
  private static final int NUMBER_DEAD = 6;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, MM/dd/yyyy - 12:00", Locale.ENGLISH);
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  /** A route, where its incidents happen, and who is recorded on it. */
  private record Route(
      String name,
      String region,
      String grouping,
      String cause,
      double latitude,
      double longitude,
      List<String> origins) {}

  private static final List<Route> ROUTES =
      List.of(
          new Route(
              "Central Mediterranean",
              "Mediterranean",
              "Uncategorized",
              "Drowning",
              34.5,
              13.0,
              List.of("Sudan", "Eritrea", "Sudan, Eritrea", "Bangladesh", "Unknown")),
          new Route(
              "Western Africa / Atlantic route to the Canary Islands",
              "Western Africa",
              "Western Africa",
              "Drowning",
              26.0,
              -16.5,
              List.of("Senegal", "Gambia", "Mali", "Senegal, Mali", "Unknown")),
          new Route(
              "US-Mexico border crossing",
              "North America",
              "Northern America",
              "Harsh environmental conditions / lack of adequate shelter, food, water",
              31.5,
              -110.8,
              List.of("Mexico", "Guatemala", "Honduras", "Unknown")),
          new Route(
              "Eastern Route to/from EHOA",
              "Eastern Africa",
              "Eastern Africa",
              "Vehicle accident / death linked to hazardous transport",
              11.6,
              43.1,
              List.of("Ethiopia", "Somalia", "Unknown")));

  private MissingMigrantsDemoWriter() {}

  /** Writes the file into {@code folder} and returns its path. */
  static Path writeTo(Path folder, long seed) throws IOException {
    return writeTo(folder, seed, INCIDENTS_PER_YEAR);
  }

  /** The file with {@code incidentsPerYear} incidents a year instead of 60, for load tests. */
  static Path writeTo(Path folder, long seed, int incidentsPerYear) throws IOException {
    Path file = folder.resolve(FILE);
    Random random = new Random(seed * 17 + FILE.hashCode());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      printer.printRecord(
          "Main ID",
          "Incident ID",
          "Region",
          "Incident Date",
          "Year",
          "Reported Month",
          "Number Dead",
          "Minimum Estimated Number of Missing",
          "Number of Survivors",
          "Number of Females",
          "Number of Males",
          "Number of Children",
          "Region of Origin",
          "Cause of Death",
          "Country of Origin",
          "Location of death",
          "Information Source",
          "Coordinates",
          "Migration route",
          "URL",
          "UNSD Geographical Grouping",
          "Source Quality");
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        for (int n = 1; n <= incidentsPerYear; n++) {
          String id = String.format(Locale.ROOT, "%d.MMP%04d", year, n);
          printer.printRecord(incident(random, id, year));
        }
      }
      List<Object> planted = incident(random, PLANTED_ID, 2024);
      planted.set(NUMBER_DEAD, "several");
      printer.printRecord(planted);
    }
    return file;
  }

  private static List<Object> incident(Random random, String id, int year) {
    Route route = ROUTES.get(random.nextInt(ROUTES.size()));
    LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    // Shipwrecks leave people missing and the dead column blank; land routes recover bodies.
    boolean shipwreck = route.cause().equals("Drowning") && random.nextInt(4) == 0;
    String dead = shipwreck ? "" : Integer.toString(1 + random.nextInt(6));
    String missing = shipwreck ? Integer.toString(5 + random.nextInt(60)) : "0";
    String latitude = coordinate(route.latitude() + random.nextGaussian());
    String longitude = coordinate(route.longitude() + random.nextGaussian());
    return new ArrayList<>(
        List.of(
            id,
            id,
            route.region(),
            DATE.format(date),
            year,
            date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
            dead,
            missing,
            shipwreck ? Integer.toString(random.nextInt(80)) : "",
            "",
            "",
            "",
            "Unknown",
            route.cause(),
            route.origins().get(random.nextInt(route.origins().size())),
            "Demo location on the " + route.name(),
            "Demo source",
            latitude + ", " + longitude,
            route.name(),
            "https://example.org/demo/" + id,
            route.grouping(),
            1 + random.nextInt(5)));
  }

  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.5f", value);
  }
}
