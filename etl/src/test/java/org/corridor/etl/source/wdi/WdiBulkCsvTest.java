package org.corridor.etl.source.wdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WdiBulkCsvTest {
  private static final String PREAMBLE =
      "\uFEFF\"Data Source\",\"World Development Indicators\",\n\n"
          + "\"Last Updated Date\",\"2025-07-01\",\n\n";
  private static final String HEADER =
      "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2003\",\"2004\",\n";

  @TempDir Path folder;

  @Test
  void readsNonEmptyCellsWithTheirLineNumbersAndSkipsMissingOnes() throws IOException {
    WdiBulkFile file =
        read(
            PREAMBLE
                + HEADER
                + "\"Korea, Rep.\",\"KOR\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"\",\"6.5\",\n"
                + "\"Aruba\",\"ABW\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"1\",\"..\",\n");

    assertThat(file.series()).isEqualTo(WdiSeries.REMITTANCES_RECEIVED);
    assertThat(file.lastUpdated()).isEqualTo("2025-07-01");
    assertThat(file.dataLines()).isEqualTo(2);
    assertThat(file.bronzeRows())
        .extracting(
            r -> r.getString(0),
            r -> r.getString(1),
            r -> r.getString(4),
            r -> r.getString(5),
            r -> r.getLong(8))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Korea, Rep.", "KOR", "2004", "6.5", 6L),
            org.assertj.core.groups.Tuple.tuple("Aruba", "ABW", "2003", "1", 7L));
    assertThat(file.rejected()).isEmpty();
    assertThat(file.rowsRead()).isEqualTo(2);
  }

  @Test
  void truncatedLineIsRejectedWholeWithItsLineNumber() throws IOException {
    WdiBulkFile file =
        read(
            PREAMBLE
                + HEADER
                + "\"Aruba\",\"ABW\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"1\",\"2\",\n"
                + "\"Belize\",\"BLZ\",\"Personal\n");

    assertThat(file.bronzeRows()).hasSize(2);
    assertThat(file.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(7);
              assertThat(r.reason()).isEqualTo(Reason.MALFORMED_RECORD);
              assertThat(r.rawRecord()).isEqualTo("\"Belize\",\"BLZ\",\"Personal");
            });
    assertThat(file.rowsRead()).isEqualTo(3);
  }

  @Test
  void lineWithTooFewFieldsIsRejected() throws IOException {
    WdiBulkFile file =
        read(PREAMBLE + HEADER + "\"Aruba\",\"ABW\",\"x\",\"BX.TRF.PWKR.CD.DT\",\"1\"\n");

    assertThat(file.rejected())
        .singleElement()
        .extracting(r -> r.reasonText())
        .isEqualTo("MALFORMED_RECORD: 5 fields, the header has 6");
  }

  @Test
  void fileWithoutThePreambleIsRejectedWithAClearMessage() {
    assertThatThrownBy(() -> read(HEADER + HEADER + HEADER + HEADER + HEADER))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("expected a \"Last Updated Date\" preamble line");
  }

  @Test
  void headerWithoutYearColumnsIsRejected() {
    String badHeader =
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"Y2003\",\n";
    assertThatThrownBy(() -> read(PREAMBLE + badHeader))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("expected year columns such as 1960 but found Y2003");
  }

  @Test
  void seriesCorridorDoesNotReadIsRejectedNamingTheSupportedOnes() {
    assertThatThrownBy(
            () ->
                read(
                    PREAMBLE
                        + HEADER
                        + "\"Aruba\",\"ABW\",\"CO2\",\"EN.ATM.CO2E.KT\",\"1\",\"2\",\n"))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("EN.ATM.CO2E.KT")
        .hasMessageContaining("BX.TRF.PWKR.CD.DT");
  }

  @Test
  void fileThatIsNotUtf8IsRejected() throws IOException {
    Path file = folder.resolve("API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_1.csv");
    Files.write(file, (HEADER + "\"C\u00f4te\"").getBytes(StandardCharsets.ISO_8859_1));
    SourceFile source = SourceFile.read(file);
    assertThatThrownBy(() -> WdiBulkCsv.read(source, provenance(source)))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  private WdiBulkFile read(String content) throws IOException {
    Path file = folder.resolve("API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_1.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    SourceFile source = SourceFile.read(file);
    return WdiBulkCsv.read(source, provenance(source));
  }

  private static Provenance provenance(SourceFile source) {
    return Provenance.of(source, "test-run", new Timestamp(0));
  }
}
