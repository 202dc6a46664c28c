package org.corridor.etl.source.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLayoutTest {
  private static final String RCP_HEADER =
      "source,rcp,thematic_group,activity_column,sequence,status,text,years,countries,"
          + "gfmd_roundtables,gcm_objectives,sdg_targets,note\n";
  private static final String GFMD_HEADER =
      "source,record_id,record_type,roundtable,sub_theme,title,description,objective,partners,"
          + "countries,years,gcm_objectives,sdg_targets,note\n";

  @TempDir Path temp;

  @Test
  void headersAreTheBronzeColumnsInOrder() {
    assertThat(String.join(",", ActivityLayout.RCP.header()) + "\n").isEqualTo(RCP_HEADER);
    assertThat(String.join(",", ActivityLayout.GFMD.header()) + "\n").isEqualTo(GFMD_HEADER);
  }

  @Test
  void aRecordMaySpanLinesAndIsNumberedByTheLineItStartsOn() throws IOException {
    ParsedFile parsed =
        read(
            ActivityLayout.RCP,
            RCP_HEADER
                + "Report,MIDSA,1,research,1,reported,\"Study of\nremittance prices\","
                + "2024 2025,BWA,RT2a,20,10.c,\n"
                + "\n"
                + "Report,MIDSA,, pilot_projects ,1,no_response_given,,,,,,,\n");

    assertThat(parsed.rowsRead()).isEqualTo(2);
    Row study = parsed.bronzeRows().get(0);
    assertThat(study.getString(6)).isEqualTo("Study of\nremittance prices");
    assertThat(study.getString(7)).isEqualTo("2024 2025");
    assertThat(study.getLong(15)).as("_source_row").isEqualTo(2L);
    Row absence = parsed.bronzeRows().get(1);
    assertThat(absence.getLong(15)).as("after the blank line 4").isEqualTo(5L);
    assertThat(absence.getString(3)).as("values are trimmed").isEqualTo("pilot_projects");
    assertThat(absence.get(2)).as("an empty cell is null").isNull();
    assertThat(absence.get(6)).isNull();
  }

  @Test
  void aRecordWithTheWrongNumberOfFieldsIsRejectedAloneWithItsLine() throws IOException {
    ParsedFile parsed =
        read(
            ActivityLayout.GFMD,
            GFMD_HEADER
                + "Report,P-1,practice,RT2,RT2a,Portal,,,,KEN,2025,20,10.c,\n"
                + "Report,P-2,practice,RT2,RT2a,Portal\n"
                + "Report,P-3,practice,RT2,RT2a,Portal,,,,KEN,2025,20,10.c,\n");

    assertThat(parsed.bronzeRows()).hasSize(2);
    assertThat(parsed.rejected())
        .singleElement()
        .satisfies(
            rejected -> {
              assertThat(rejected.row()).isEqualTo(3);
              assertThat(rejected.rawRecord()).isEqualTo("Report,P-2,practice,RT2,RT2a,Portal");
              assertThat(rejected.reason()).isEqualTo(Reason.MALFORMED_RECORD);
              assertThat(rejected.detail()).isEqualTo("6 fields, the header has 14");
            });
    assertThat(parsed.rowsRead()).isEqualTo(3);
  }

  @Test
  void aFileWithAnotherHeaderIsRejectedWhole() {
    String withoutNote = RCP_HEADER.replace(",note\n", "\n");
    assertThatThrownBy(() -> read(ActivityLayout.RCP, withoutNote + "Report,MIDSA\n"))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not a well-formed file of its format")
        .hasMessageContaining("but found source,rcp,thematic_group,activity_column");
    assertThatThrownBy(() -> read(ActivityLayout.GFMD, ""))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("but found an empty file");
  }

  @Test
  void aQuoteLeftOpenMakesTheFileUnreadable() {
    assertThatThrownBy(
            () ->
                read(
                    ActivityLayout.RCP,
                    RCP_HEADER + "Report,MIDSA,1,research,1,reported,\"Study of remitt"))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageStartingWith("activities.csv cannot be read as CSV (")
        .hasMessageContaining("EOF reached before encapsulated token finished");
  }

  @Test
  void aFileThatIsNotUtf8IsRejected() throws IOException {
    Path file = temp.resolve("activities.csv");
    Files.write(file, (RCP_HEADER + "Report,S\u00f6derk\u00f6ping\n").getBytes("ISO-8859-1"));
    assertThatThrownBy(() -> ActivityLayout.RCP.read(SourceFile.read(file), provenance(file)))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessage(
            "activities.csv is not UTF-8 text; save it again as UTF-8 or use the publisher's"
                + " original download");
  }

  @Test
  void layoutsAreRecognisedByTheirHeaderNotTheirName() throws IOException {
    Path rcp = write("records.csv", "\uFEFF" + RCP_HEADER);
    Path gfmd = write("rcp_activities.csv", GFMD_HEADER);
    assertThat(ActivityLayout.RCP.recognises(SourceFile.read(rcp))).isTrue();
    assertThat(ActivityLayout.GFMD.recognises(SourceFile.read(rcp))).isFalse();
    assertThat(ActivityLayout.GFMD.recognises(SourceFile.read(gfmd))).isTrue();
    assertThat(ActivityLayout.RCP.recognises(SourceFile.read(gfmd))).isFalse();
  }

  private ParsedFile read(ActivityLayout layout, String content) throws IOException {
    Path file = write("activities.csv", content);
    return layout.read(SourceFile.read(file), provenance(file));
  }

  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Provenance provenance(Path file) {
    return Provenance.of(SourceFile.read(file), "test", new Timestamp(0));
  }
}
