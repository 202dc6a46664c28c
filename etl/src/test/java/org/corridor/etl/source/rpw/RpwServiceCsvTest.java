package org.corridor.etl.source.rpw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.Fixtures;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.SourceFile;
import org.corridor.warehouse.table.BronzeTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpwServiceCsvTest {
  static final String EXPORT = "1_rpw_dataset_from_q2_2016_export.csv";

  @TempDir Path temp;

  @Test
  void everyServiceRowYieldsItsUsd200QuoteAndAUsd500QuoteOnlyWherePriced() {
    ParsedFile file = read(Fixtures.copy("rpw-fixture", temp).resolve(EXPORT));

    // 14 well-formed rows, of which 5 (lines 4, 8, 11, 13 and 14) leave the USD 500 block empty:
    // 14 + 14 - 5 = 23 quotes; line 16 is cut short.
    assertThat(file.bronzeRows()).hasSize(23);
    assertThat(file.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(16);
              assertThat(r.reason()).isEqualTo(Reason.MALFORMED_RECORD);
              assertThat(r.detail()).isEqualTo("4 fields, the header has 42");
            });
    assertThat(file.rowsRead()).isEqualTo(24);
    assertThat(quotesOf(file, 4)).extracting(r -> cell(r, "amount_block")).containsExactly("cc1");
    assertThat(quotesOf(file, 2))
        .extracting(r -> cell(r, "amount_block"))
        .containsExactly("cc1", "cc2");
  }

  @Test
  void cellsLandInTheirBronzeColumnsAsWritten() {
    ParsedFile file = read(Fixtures.copy("rpw-fixture", temp).resolve(EXPORT));

    Row usd500 = quotesOf(file, 2).get(1);
    assertThat(cell(usd500, "sheet")).isNull();
    assertThat(cell(usd500, "period")).isEqualTo("2023_1Q");
    assertThat(cell(usd500, "source_code")).isEqualTo("USA");
    assertThat(cell(usd500, "source_g8g20")).isEqualTo("G20");
    assertThat(cell(usd500, "firm")).isEqualTo("Western Union");
    assertThat(cell(usd500, "lcu_amount")).isEqualTo("500.00");
    assertThat(cell(usd500, "lcu_fee")).isEqualTo("8.00");
    assertThat(cell(usd500, "total_cost_pct")).isEqualTo("4.10");
    assertThat(cell(usd500, "inter_lcu_bank_fx")).isEqualTo("19.4872");
    assertThat(cell(usd500, "standard_note")).as("empty is null").isNull();
    assertThat(cell(usd500, "pickup_location")).isEqualTo("Agent");
    assertThat(cell(usd500, "corridor")).isEqualTo("USAMEX");
    assertThat(usd500.getLong(BronzeTables.RPW_SERVICE.columnNames().indexOf("_source_row")))
        .isEqualTo(2L);
    Row nonTransparent = quotesOf(file, 4).get(0);
    assertThat(cell(nonTransparent, "standard_note"))
        .startsWith("The 0% in the exchange rate margin does NOT necessarily mean")
        .contains(", but rather");
    assertThat(cell(nonTransparent, "speed_actual")).isEqualTo("6 days or more");
  }

  @Test
  void aNoteWithALineBreakStaysInItsRecordWhichKeepsTheLineItStartsOn() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.copy("rpw-fixture", temp).resolve(EXPORT));
    String broken = lines.get(3).replace("at the time of sending.", "at the time\nof sending.");
    Path file = temp.resolve("broken-note.csv");
    Files.writeString(
        file, String.join("\n", lines.get(0), broken, lines.get(4)) + "\n", StandardCharsets.UTF_8);

    ParsedFile parsed = read(file);

    assertThat(parsed.rejected()).isEmpty();
    assertThat(cell(quotesOf(parsed, 2).get(0), "standard_note")).contains("at the time\nof");
    assertThat(cell(quotesOf(parsed, 4).get(0), "firm")).isEqualTo("Post Naija");
  }

  @Test
  void aHeaderWithoutTheCostColumnsIsRejectedWhole() throws IOException {
    Path file = temp.resolve("rpw.csv");
    Files.writeString(
        file,
        "period,source_code,destination_code,firm,firm_type,payment instrument,speed actual,"
            + "transparent\n2023_1Q,USA,MEX,A,Bank,Cash,Same day,yes\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("cc1 total cost %")
        .hasMessageContaining("cc2 lcu fee");
  }

  @Test
  void aFileCutShortInsideAQuoteOrNotInUtf8IsRejectedWhole() throws IOException {
    Path cut = temp.resolve("cut.csv");
    String text = Files.readString(Fixtures.copy("rpw-fixture", temp).resolve(EXPORT));
    Files.writeString(cut, text.substring(0, text.indexOf("but rather")), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(cut))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("ends before its last record is complete");

    Path latin1 = temp.resolve("latin1.csv");
    Files.write(
        latin1, text.replace("Kosovo", "Kosov\u00f6").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> read(latin1))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void isRecognisedByItsHeaderNotItsName() throws IOException {
    Path renamed = temp.resolve("download.csv");
    Files.copy(Fixtures.copy("rpw-fixture", temp.resolve("f")).resolve(EXPORT), renamed);
    Path other = temp.resolve("other.csv");
    Files.writeString(other, "Year,Country of origin\n2020,AFG\n", StandardCharsets.UTF_8);

    assertThat(RpwServiceCsv.recognises(SourceFile.read(renamed))).isTrue();
    assertThat(RpwServiceCsv.recognises(SourceFile.read(other))).isFalse();
  }

  static ParsedFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return RpwServiceCsv.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }

  /** The quotes read from one line or sheet row. */
  static List<Row> quotesOf(ParsedFile file, long sourceRow) {
    int row = BronzeTables.RPW_SERVICE.columnNames().indexOf("_source_row");
    return file.bronzeRows().stream().filter(r -> r.getLong(row) == sourceRow).toList();
  }

  static String cell(Row row, String column) {
    return row.getString(BronzeTables.RPW_SERVICE.columnNames().indexOf(column));
  }
}
