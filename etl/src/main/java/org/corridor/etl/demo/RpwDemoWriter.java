package org.corridor.etl.demo;

import static org.corridor.etl.demo.RpwDemoLayout.NEWER_HEADER;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.etl.demo.RpwDemoServices.Cells;
import org.corridor.etl.demo.RpwDemoServices.Corridor;
import org.corridor.etl.demo.RpwDemoServices.Country;
import org.corridor.etl.demo.RpwDemoServices.Provider;
import org.corridor.etl.demo.RpwDemoServices.Quarter;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.Areas;

/**
 * Writes Remittance Prices Worldwide demo files in the World Bank's layouts: a CSV export of the
 * service-level sheet "Dataset (from Q2 2016)" (2023-2024, 36 corridors), the dataset workbook with
 * both its sheets (2015-2016, written with POI), and the DataBank export of corridor averages for
 * the CSV's corridors and quarters (each the simple mean of the USD 200 total cost over the
 * corridor's services). Planted bad rows show the checks at work: an unknown country and a negative
 * fee in the CSV, a bad period and a USD 500 amount in the USD 200 block in the workbook, an
 * unknown country in the corridor export. {@link #writeCsv(Path, long, long)} writes any number of
 * service rows, streamed, for load tests.
 */
public final class RpwDemoWriter {
  static final String SERVICE_CSV = "rpw_dataset_from_q2_2016_demo.csv";
  static final String SERVICE_WORKBOOK = "rpw_dataset_2011_2016_q4_demo.xlsx";
  static final String CORRIDOR_CSV = "rpw_corridors_demo_Data.csv";
  static final String UNKNOWN_CODE = "ZZZ";

  /** Sending -> receiving countries of the demo, as RPW writes their codes (Kosovo is KSV). */
  private static final Map<String, List<String>> DEMO_CORRIDORS =
      Map.of(
          "USA", List.of("MEX", "GTM", "SLV", "HND", "PHL", "IND", "CHN", "VNM", "NGA", "DOM"),
          "GBR", List.of("IND", "PAK", "NGA", "POL", "KEN", "GHA", "BGD"),
          "DEU", List.of("TUR", "POL", "SRB", "KSV"),
          "FRA", List.of("MAR", "DZA", "TUN", "SEN"),
          "SAU", List.of("IND", "PAK", "EGY", "BGD", "PHL"),
          "ARE", List.of("IND", "PAK", "PHL"),
          "ESP", List.of("MAR", "COL", "ECU"));

  private static final List<String> DEMO_SENDERS =
      List.of("USA", "GBR", "DEU", "FRA", "SAU", "ARE", "ESP");
  private static final Map<String, String> CURRENCIES =
      Map.of(
          "USA", "USD", "GBR", "GBP", "DEU", "EUR", "FRA", "EUR", "SAU", "SAR", "ARE", "AED", "ESP",
          "EUR");
  private static final int CSV_FIRST_YEAR = 2023;
  private static final int CSV_QUARTERS = 8;
  private static final int WORKBOOK_CORRIDORS = 12;

  private final Areas areas;
  private final long seed;

  public RpwDemoWriter(Areas areas, long seed) {
    this.areas = areas;
    this.seed = seed;
  }

  static long serviceCsvRows() {
    long corridors = DEMO_CORRIDORS.values().stream().mapToLong(List::size).sum();
    return corridors * Provider.values().length * CSV_QUARTERS;
  }

  /** Writes the three demo files into {@code folder} and returns their paths. */
  public List<Path> writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    RpwDemoServices services = new RpwDemoServices(demoCorridors(), seed);
    writeServiceCsv(folder.resolve(SERVICE_CSV), services);
    RpwDemoWorkbook.write(
        folder.resolve(SERVICE_WORKBOOK),
        new RpwDemoServices(services.corridors().subList(0, WORKBOOK_CORRIDORS), seed));
    List<Quarter> quarters = new ArrayList<>();
    for (int q = 0; q < CSV_QUARTERS; q++) {
      quarters.add(Quarter.of(CSV_FIRST_YEAR, 1, q));
    }
    RpwDemoCorridorExport.write(
        folder.resolve(CORRIDOR_CSV), services, quarters, unknownCorridor().receiving());
    return List.of(
        folder.resolve(SERVICE_CSV),
        folder.resolve(SERVICE_WORKBOOK),
        folder.resolve(CORRIDOR_CSV));
  }

  /**
   * Streams {@code rows} service rows in the CSV export layout to {@code file}: every provider in
   * every corridor between the code list's countries, quarter after quarter from 2016 Q2, so that
   * no two rows share a service, quarter and amount. Memory use does not grow with {@code rows}.
   */
  public static void writeCsv(Path file, long rows, long seed) throws IOException {
    writeCsv(file, rows, seed, Areas.load().countries());
  }

  /** {@link #writeCsv(Path, long, long)} over the corridors between the given countries. */
  static void writeCsv(Path file, long rows, long seed, List<Area> areas) throws IOException {
    List<Country> countries = areas.stream().map(RpwDemoWriter::country).toList();
    List<Corridor> corridors = new ArrayList<>();
    for (Country sending : countries) {
      for (Country receiving : countries) {
        if (!sending.equals(receiving)) {
          corridors.add(Corridor.of(sending, receiving));
        }
      }
    }
    RpwDemoServices services = new RpwDemoServices(corridors, seed);
    Provider[] providers = Provider.values();
    long perQuarter = (long) corridors.size() * providers.length;
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvCells line = new CsvCells();
      line.record(NEWER_HEADER);
      line.writeTo(writer);
      Quarter quarter = null;
      for (long row = 0; row < rows; row++) {
        long within = row % perQuarter;
        if (within == 0) {
          quarter = Quarter.of(2016, 2, row / perQuarter);
        }
        int corridor = (int) (within / providers.length);
        services.newerRow(
            line, within + 1, quarter, corridor, providers[(int) (within % providers.length)]);
        line.writeTo(writer);
      }
    }
  }

  private void writeServiceCsv(Path file, RpwDemoServices services) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvCells line = new CsvCells();
      line.record(NEWER_HEADER);
      line.writeTo(writer);
      for (int q = 0; q < CSV_QUARTERS; q++) {
        Quarter quarter = Quarter.of(CSV_FIRST_YEAR, 1, q);
        long id = 1;
        for (int c = 0; c < services.corridors().size(); c++) {
          for (Provider provider : Provider.values()) {
            Cells cells = line;
            // A fee cannot be negative: the USD 200 quote of this row must go to quarantine.
            if (q == 2 && c == 4 && provider == Provider.BANK) {
              cells = RpwDemoLayout.replacing(line, NEWER_HEADER, "cc1 lcu fee", "-5.00");
            }
            services.newerRow(cells, id++, quarter, c, provider);
            line.writeTo(writer);
          }
        }
        if (q == 0) {
          RpwDemoServices unknown = new RpwDemoServices(List.of(unknownCorridor()), seed);
          unknown.newerRow(line, id, quarter, 0, Provider.AGENT_CASH);
          line.writeTo(writer);
        }
      }
    }
  }

  private List<Corridor> demoCorridors() {
    List<Corridor> corridors = new ArrayList<>();
    for (String sending : DEMO_SENDERS) {
      for (String receiving : DEMO_CORRIDORS.get(sending)) {
        corridors.add(Corridor.of(demoCountry(sending), demoCountry(receiving)));
      }
    }
    return corridors;
  }

  private Country demoCountry(String rpwCode) {
    if (rpwCode.equals("KSV")) {
      return new Country("KSV", "Kosovo", "EUR");
    }
    Area area =
        areas
            .country(rpwCode)
            .orElseThrow(() -> new IllegalStateException(rpwCode + " is not in the code list"));
    return country(area);
  }

  private static Country country(Area area) {
    return new Country(area.iso3(), area.name(), CURRENCIES.getOrDefault(area.iso3(), "XXX"));
  }

  private Corridor unknownCorridor() {
    return Corridor.of(demoCountry("USA"), new Country(UNKNOWN_CODE, "Demo Unknown Territory", ""));
  }
}
