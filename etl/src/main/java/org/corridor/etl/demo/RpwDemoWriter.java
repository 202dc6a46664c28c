package org.corridor.etl.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
  static final String OLDER_SHEET = "Dataset (up to Q1 2016)";
  static final String NEWER_SHEET = "Dataset (from Q2 2016)";
  static final List<String> NEWER_HEADER = header(false);
  static final List<String> OLDER_HEADER = header(true);
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
  private static final Date LAST_UPDATED = Date.from(Instant.parse("2024-12-31T00:00:00Z"));

  private final Areas areas;
  private final long seed;

  public RpwDemoWriter(Areas areas, long seed) {
    this.areas = areas;
    this.seed = seed;
  }

  /** Writes the three demo files into {@code folder} and returns their paths. */
  public List<Path> writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    RpwDemoServices services = new RpwDemoServices(demoCorridors(), seed);
    writeServiceCsv(folder.resolve(SERVICE_CSV), services);
    writeWorkbook(folder.resolve(SERVICE_WORKBOOK), services);
    writeCorridorExport(folder.resolve(CORRIDOR_CSV), services);
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
        if (sending != receiving) {
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
              cells = replacing(line, NEWER_HEADER.indexOf("cc1 lcu fee"), "-5.00");
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

  private void writeWorkbook(Path file, RpwDemoServices all) throws IOException {
    RpwDemoServices services =
        new RpwDemoServices(all.corridors().subList(0, WORKBOOK_CORRIDORS), seed);
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet older = book.createSheet(OLDER_SHEET);
      SheetCells.header(older, OLDER_HEADER);
      Sheet newer = book.createSheet(NEWER_SHEET);
      SheetCells.header(newer, NEWER_HEADER);
      for (int q = 0; q < 6; q++) {
        Quarter quarter = Quarter.of(2015, 3, q);
        Sheet sheet = q < 3 ? older : newer;
        long id = 1;
        for (int c = 0; c < WORKBOOK_CORRIDORS; c++) {
          for (Provider provider : Provider.values()) {
            Cells cells = new SheetCells(sheet);
            if (q == 1 && c == 0 && provider == Provider.POST) {
              cells = replacing(cells, OLDER_HEADER.indexOf("period"), "2015_5Q");
            }
            if (q == 4 && c == 1 && provider == Provider.ONLINE) {
              cells = replacing(cells, NEWER_HEADER.indexOf("cc1 denomination amount"), "500");
            }
            if (q < 3) {
              services.olderRow(cells, id++, quarter, c, provider);
            } else {
              services.newerRow(cells, id++, quarter, c, provider);
            }
          }
        }
      }
      book.getProperties().getCoreProperties().setCreated(Optional.of(LAST_UPDATED));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      Files.write(file, withFixedTimes(bytes.toByteArray()));
    }
  }

  /**
   * The workbook's zip with every entry dated {@link #LAST_UPDATED}: POI dates entries with the
   * time of writing, and the demo must write the same bytes on every run.
   */
  private static byte[] withFixedTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTime(LAST_UPDATED.getTime());
        out.putNextEntry(fixed);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private void writeCorridorExport(Path file, RpwDemoServices services) throws IOException {
    Set<Country> senders = new LinkedHashSet<>();
    Set<Country> receivers = new LinkedHashSet<>();
    services.corridors().forEach(c -> senders.add(c.sending()));
    services.corridors().forEach(c -> receivers.add(c.receiving()));
    receivers.add(unknownCorridor().receiving());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write('\uFEFF');
      CsvCells line = new CsvCells();
      List<String> header =
          new ArrayList<>(
              List.of(
                  "Sending Countries Name",
                  "Sending Countries Code",
                  "Series Name",
                  "Series Code",
                  "Receiving Countries  Name",
                  "Receiving Countries  Code"));
      for (int q = 0; q < CSV_QUARTERS; q++) {
        Quarter quarter = Quarter.of(CSV_FIRST_YEAR, 1, q);
        String label = quarter.year() + "Q" + quarter.quarter();
        header.add(label + " [YR" + label + "]");
      }
      line.record(header);
      line.writeTo(writer);
      for (Country sending : senders) {
        for (Country receiving : receivers) {
          line.record(
              List.of(
                  sending.name(),
                  sending.code(),
                  "Average Total Cost to remit in corridor",
                  "ATCR.CORR",
                  receiving.name(),
                  receiving.code()));
          int corridor = services.corridors().indexOf(Corridor.of(sending, receiving));
          boolean planted = receiving.code().equals(UNKNOWN_CODE) && sending.code().equals("USA");
          for (int q = 0; q < CSV_QUARTERS; q++) {
            if (corridor >= 0) {
              line.text(average(services, q, corridor));
            } else {
              line.text(planted && q == 0 ? "7.5" : "..");
            }
          }
          line.writeTo(writer);
        }
      }
      String blank = ",".repeat(header.size() - 1) + "\n";
      writer.write(blank.repeat(3));
      writer.write("Data from database: Remittance Prices Worldwide (Corridors)" + blank);
      writer.write("Last Updated: 12/31/2024" + blank);
    }
  }

  /** The corridor's simple mean of the USD 200 total cost over its services, as a percent. */
  private static String average(RpwDemoServices services, int quarter, int corridor) {
    long sum = 0;
    for (Provider provider : Provider.values()) {
      sum += services.totalCost200(quarter, corridor, provider);
    }
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(100L * Provider.values().length), 4, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
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

  /** The cells of a row with one of them replaced: how the demo plants a bad value. */
  private static Cells replacing(Cells cells, int column, String value) {
    return new Cells() {
      private int next;

      @Override
      public void text(String text) {
        cells.text(next++ == column ? value : text);
      }

      @Override
      public void decimal(long units, int scale) {
        if (next++ == column) {
          cells.text(value);
        } else {
          cells.decimal(units, scale);
        }
      }
    };
  }

  private static List<String> header(boolean older) {
    List<String> header = new ArrayList<>(List.of("id", "period"));
    for (String side : List.of("source", "destination")) {
      for (String field : List.of("code", "name", "region", "income", "lending", "G8G20")) {
        header.add(side + "_" + field);
      }
    }
    header.addAll(List.of("firm", "firm_type"));
    header.addAll(
        older
            ? List.of("product", "sending location", "speed actual")
            : List.of("payment instrument", "access point", "speed actual"));
    for (String block : List.of("cc1", "cc2")) {
      for (String field :
          List.of(
              "lcu amount",
              "denomination amount",
              "lcu code",
              "lcu fee",
              "lcu fx rate",
              "fx margin",
              "total cost %")) {
        header.add(block + " " + field);
      }
    }
    header.addAll(List.of("inter lcu bank fx", "transparent"));
    header.addAll(
        older
            ? List.of("note1", "note2", "coverage", "pick-up method")
            : List.of(
                "Standard Note",
                "note2",
                "receiving network coverage",
                "pickup location",
                "pickup method"));
    header.addAll(List.of("date", "corridor"));
    return List.copyOf(header);
  }
}
