package org.corridor.etl.source.mmp;

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
import org.corridor.etl.source.SourceFile;
import org.corridor.warehouse.table.BronzeTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingMigrantsCsvTest {
  private static final List<String> COLUMNS = BronzeTables.MMP_INCIDENT.columnNames();

  @TempDir Path temp;

  @Test
  void currentDownloadKeepsValuesAsWrittenAndRecordsKeepTheLineTheyStartOn() {
    ParsedFile file = read(fixture("MissingMigrants-Global-fixture.csv"));

    assertThat(file.rowsRead()).isEqualTo(13);
    Row first = file.bronzeRows().get(0);
    assertThat(cell(first, "main_id")).isEqualTo("2024.MMP0001");
    assertThat(cell(first, "region_of_incident")).isEqualTo("Mediterranean");
    assertThat(cell(first, "incident_date")).isEqualTo("Mon, 01/15/2024 - 12:00");
    assertThat(cell(first, "incident_year")).isEqualTo("2024");
    assertThat(cell(first, "country_of_origin")).isEqualTo("Sudan, Eritrea");
    assertThat(cell(first, "coordinates")).isEqualTo("33.5, 12.25");
    assertThat(cell(first, "incident_type")).as("not in the current layout").isNull();
    Row spanning = file.bronzeRows().get(2);
    assertThat(cell(spanning, "location"))
        .isEqualTo("Sahara desert near Agadez, Niger\nreported by survivors in Arlit");
    assertThat(spanning.getLong(COLUMNS.indexOf("_source_row"))).isEqualTo(4L);
    Row afterTheLineBreak = file.bronzeRows().get(3);
    assertThat(cell(afterTheLineBreak, "incident_id")).isEqualTo("2024.MMP0004");
    assertThat(cell(afterTheLineBreak, "location")).isEqualTo("Highway near Şırnak, Türkiye");
    assertThat(afterTheLineBreak.getLong(COLUMNS.indexOf("_source_row"))).isEqualTo(6L);
    assertThat(file.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(15);
              assertThat(r.reasonText()).isEqualTo("MALFORMED_RECORD: 8 fields, the header has 22");
            });
  }

  @Test
  void earlierColumnNamesFillTheSameBronzeColumns() {
    ParsedFile file = read(fixture("MissingMigrants-older-layout.csv"));

    Row libya = file.bronzeRows().get(0);
    assertThat(cell(libya, "incident_type")).isEqualTo("Incident");
    assertThat(cell(libya, "region_of_incident")).isEqualTo("Northern Africa");
    assertThat(cell(libya, "incident_year")).isEqualTo("2019");
    assertThat(cell(libya, "number_dead")).isEqualTo("10");
    assertThat(cell(libya, "total_dead_and_missing")).isEqualTo("15");
    assertThat(cell(libya, "country_of_incident")).isEqualTo("Libya");
    assertThat(cell(libya, "location")).isEqualTo("Off Zuwara, Libya");
    assertThat(cell(libya, "migration_route")).isEqualTo("Central Mediterranean");
    assertThat(cell(libya, "main_id")).isNull();
  }

  @Test
  void isRecognisedByItsHeaderNotItsName() throws IOException {
    Path renamed = temp.resolve("deaths.csv");
    Files.copy(fixture("MissingMigrants-Global-fixture.csv"), renamed);
    assertThat(MissingMigrantsCsv.recognises(SourceFile.read(renamed))).isTrue();
    assertThat(
            MissingMigrantsCsv.recognises(
                SourceFile.read(fixture("MissingMigrants-older-layout.csv"))))
        .isTrue();
  }

  @Test
  void aHeaderWithoutTheCountsOrWithUnknownColumnsIsRejectedWhole() throws IOException {
    Path noCounts = temp.resolve("a.csv");
    Files.writeString(noCounts, "\"Incident ID\",Year,\"Minimum Estimated Number of Missing\"\n");
    Path unknown = temp.resolve("b.csv");
    Files.writeString(
        unknown,
        "\"Incident ID\",Year,\"Number Dead\",\"Minimum Estimated Number of Missing\",Remarks\n");

    assertThatThrownBy(() -> read(noCounts))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not a well-formed file of its format");
    assertThatThrownBy(() -> read(unknown))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("unknown or repeated: [Remarks]");
  }

  @Test
  void aFileCutInsideAQuotedFieldOrNotInUtf8IsRejectedWhole() throws IOException {
    Path truncated = temp.resolve("truncated.csv");
    String text = Files.readString(fixture("MissingMigrants-Global-fixture.csv"));
    Files.writeString(truncated, text.substring(0, text.indexOf("Highway near")));
    Path latin1 = temp.resolve("latin1.csv");
    Files.write(
        latin1,
        ("\"Incident ID\",Year,\"Number Dead\",\"Minimum Estimated Number of Missing\"\n"
                + "2024.MMP1,2024,1,0,\"Rincón de M'diq\"\n")
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> read(truncated))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageStartingWith("truncated.csv cannot be read as CSV");
    assertThatThrownBy(() -> read(latin1))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  private Path fixture(String name) {
    return Fixtures.copy("mmp-fixture", temp.resolve("fixture")).resolve(name);
  }

  private static ParsedFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return MissingMigrantsCsv.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }

  private static String cell(Row row, String column) {
    return row.getString(COLUMNS.indexOf(column));
  }
}
