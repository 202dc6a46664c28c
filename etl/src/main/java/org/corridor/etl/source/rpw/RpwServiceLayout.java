package org.corridor.etl.source.rpw;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.BronzeRow;
import org.corridor.etl.source.Provenance;
import org.corridor.warehouse.table.BronzeTables;

/**
 * Where each column of the RPW dataset sits in one sheet's header, and how a data row of that sheet
 * becomes rows of bronze.rpw_service.
 *
 * <p>The World Bank publishes two layouts: "Dataset (from Q2 2016)" and "Dataset (up to Q1 2016)",
 * whose older names ({@code product}, {@code sending location}, {@code coverage}, {@code note1},
 * {@code pick-up method}) land in the same bronze columns as the newer ones. Headers are matched
 * exactly against the spellings the publisher is known to use; the only case variant known is
 * {@code Standard Note}, which the workbook's Legend writes {@code standard note}. Columns without
 * a header (the 2025 releases carry five) and columns Corridor does not know are not read.
 *
 * <p>A row holds two price quotes side by side: the {@code cc1} block (USD 200) and the {@code cc2}
 * block (USD 500). Each quote is a bronze row of its own, so that a bad USD 500 quote does not cost
 * the USD 200 quote of the same service; the quote is also the unit in which a file's rows read,
 * accepted and quarantined are counted. The USD 200 quote is always read (it is the basis of SDG
 * 10.c.1, so an empty block is a missing value); the USD 500 quote only where its block holds a
 * value, as a service not priced at USD 500 is not a quote at all.
 */
final class RpwServiceLayout {
  /** The amount blocks: cc1 prices USD 200, cc2 USD 500. */
  private static final List<String> BLOCKS = List.of("cc1", "cc2");

  private static final String SHEET = "sheet";
  private static final String AMOUNT_BLOCK = "amount_block";
  private static final int SHEET_CELL = -2;
  private static final int BLOCK_CELL = -3;
  private static final int ABSENT = -1;

  /** Bronze column -> the headers the publisher writes it under, newest layout first. */
  private static final Map<String, List<String>> SERVICE_HEADERS = serviceHeaders();

  /** Bronze column -> the header after the block prefix, e.g. {@code cc1 total cost %}. */
  private static final Map<String, String> QUOTE_HEADERS = quoteHeaders();

  /** Without these a row cannot become a price quote, so a header lacking one is not RPW's. */
  private static final Set<String> REQUIRED =
      Set.of(
          "period",
          "source_code",
          "destination_code",
          "firm",
          "firm_type",
          "payment_instrument",
          "speed_actual",
          "transparent",
          "lcu_amount",
          "denomination_amount",
          "lcu_fee",
          "fx_margin",
          "total_cost_pct");

  /** Headers that mark a sheet's header row, wherever it is. */
  private static final List<String> MARKERS = List.of("period", "source_code", "destination_code");

  /** The bronze table's columns other than lineage, in its order. */
  private static final List<String> PUBLISHED = publishedColumns();

  /**
   * Per block, per bronze column: the header cell it comes from, or {@code SHEET_CELL}, {@code
   * BLOCK_CELL} or {@code ABSENT}.
   */
  private final int[][] cellOfColumn;

  /** Per block: the header cells of its quote columns. */
  private final int[][] quoteCells;

  private RpwServiceLayout(int[][] cellOfColumn, int[][] quoteCells) {
    this.cellOfColumn = cellOfColumn;
    this.quoteCells = quoteCells;
  }

  /** Whether a row is the header of an RPW dataset sheet (or of its CSV export). */
  static boolean isHeader(List<String> cells) {
    return cells.containsAll(MARKERS);
  }

  /**
   * @throws EtlErrors.RejectedFile when a required column is missing or a column is named twice
   */
  static RpwServiceLayout of(Path file, List<String> header) {
    Map<String, Integer> cellOf = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String bronze = bronzeColumn(header.get(i));
      if (bronze == null) {
        continue;
      }
      Integer earlier = cellOf.put(bronze, i);
      if (earlier != null) {
        throw EtlErrors.malformedHeader(
            file,
            "each RPW column once",
            "both \"" + header.get(earlier) + "\" and \"" + header.get(i) + "\"");
      }
    }
    List<String> missing = new ArrayList<>();
    for (String column : REQUIRED) {
      if (SERVICE_HEADERS.containsKey(column) && !cellOf.containsKey(column)) {
        missing.add(SERVICE_HEADERS.get(column).get(0));
      }
      for (String block : BLOCKS) {
        if (QUOTE_HEADERS.containsKey(column) && !cellOf.containsKey(block + ":" + column)) {
          missing.add(block + " " + QUOTE_HEADERS.get(column));
        }
      }
    }
    if (!missing.isEmpty()) {
      missing.sort(null);
      throw EtlErrors.malformedHeader(
          file, "the RPW dataset's columns, including " + missing, "a header without them");
    }
    int[][] cells = new int[BLOCKS.size()][PUBLISHED.size()];
    int[][] quoteCells = new int[BLOCKS.size()][];
    for (int b = 0; b < BLOCKS.size(); b++) {
      String block = BLOCKS.get(b);
      for (int c = 0; c < PUBLISHED.size(); c++) {
        String column = PUBLISHED.get(c);
        cells[b][c] =
            switch (column) {
              case SHEET -> SHEET_CELL;
              case AMOUNT_BLOCK -> BLOCK_CELL;
              default ->
                  cellOf.getOrDefault(
                      QUOTE_HEADERS.containsKey(column) ? block + ":" + column : column, ABSENT);
            };
      }
      quoteCells[b] =
          QUOTE_HEADERS.keySet().stream()
              .mapToInt(column -> cellOf.getOrDefault(block + ":" + column, ABSENT))
              .filter(cell -> cell != ABSENT)
              .toArray();
    }
    return new RpwServiceLayout(cells, quoteCells);
  }

  /**
   * The bronze rows of one data row: its USD 200 quote, and its USD 500 quote if that block holds a
   * value. Cells are kept as written, without surrounding whitespace.
   *
   * @param sheet the sheet the row is on, or null for a CSV export
   */
  List<Row> quotes(String sheet, List<String> cells, Provenance provenance, long sourceRow) {
    List<Row> quotes = new ArrayList<>(2);
    for (int b = 0; b < BLOCKS.size(); b++) {
      if (b > 0 && !hasQuote(b, cells)) {
        continue;
      }
      String[] values = new String[PUBLISHED.size()];
      for (int c = 0; c < values.length; c++) {
        int cell = cellOfColumn[b][c];
        values[c] =
            switch (cell) {
              case SHEET_CELL -> sheet;
              case BLOCK_CELL -> BLOCKS.get(b);
              case ABSENT -> null;
              default -> cell < cells.size() ? cells.get(cell).strip() : null;
            };
      }
      quotes.add(BronzeRow.of(Arrays.asList(values), provenance, sourceRow));
    }
    return quotes;
  }

  private boolean hasQuote(int block, List<String> cells) {
    for (int cell : quoteCells[block]) {
      if (cell < cells.size() && !cells.get(cell).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The bronze column a header names (quote columns as {@code cc1:lcu_fee}), or null. */
  private static String bronzeColumn(String header) {
    for (Map.Entry<String, List<String>> entry : SERVICE_HEADERS.entrySet()) {
      if (entry.getValue().contains(header)) {
        return entry.getKey();
      }
    }
    for (String block : BLOCKS) {
      for (Map.Entry<String, String> entry : QUOTE_HEADERS.entrySet()) {
        if (header.equals(block + " " + entry.getValue())) {
          return block + ":" + entry.getKey();
        }
      }
    }
    return null;
  }

  /**
   * The bronze table's columns other than lineage; each must be one this layout knows how to fill.
   */
  private static List<String> publishedColumns() {
    List<String> published =
        BronzeTables.RPW_SERVICE.columnNames().stream()
            .filter(name -> !name.startsWith("_"))
            .toList();
    for (String column : published) {
      if (!column.equals(SHEET)
          && !column.equals(AMOUNT_BLOCK)
          && !SERVICE_HEADERS.containsKey(column)
          && !QUOTE_HEADERS.containsKey(column)) {
        throw new IllegalStateException(
            BronzeTables.RPW_SERVICE.qualifiedName() + "." + column + " has no RPW header");
      }
    }
    return published;
  }

  private static Map<String, List<String>> serviceHeaders() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String same :
        List.of(
            "id",
            "period",
            "source_code",
            "source_name",
            "source_region",
            "source_income",
            "source_lending",
            "destination_code",
            "destination_name",
            "destination_region",
            "destination_income",
            "destination_lending",
            "firm",
            "firm_type",
            "transparent",
            "note2",
            "date",
            "corridor")) {
      headers.put(same, List.of(same));
    }
    headers.put("source_g8g20", List.of("source_G8G20"));
    headers.put("destination_g8g20", List.of("destination_G8G20"));
    headers.put("payment_instrument", List.of("payment instrument", "product"));
    headers.put("access_point", List.of("access point", "sending location"));
    headers.put("speed_actual", List.of("speed actual"));
    headers.put("inter_lcu_bank_fx", List.of("inter lcu bank fx"));
    headers.put("standard_note", List.of("Standard Note", "standard note", "note1"));
    headers.put("receiving_network_coverage", List.of("receiving network coverage", "coverage"));
    headers.put("pickup_location", List.of("pickup location"));
    headers.put("pickup_method", List.of("pickup method", "pick-up method"));
    return headers;
  }

  private static Map<String, String> quoteHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("lcu_amount", "lcu amount");
    headers.put("denomination_amount", "denomination amount");
    headers.put("lcu_code", "lcu code");
    headers.put("lcu_fee", "lcu fee");
    headers.put("lcu_fx_rate", "lcu fx rate");
    headers.put("fx_margin", "fx margin");
    headers.put("total_cost_pct", "total cost %");
    return headers;
  }
}
