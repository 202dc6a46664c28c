package org.corridor.etl.source.custom;

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
import org.corridor.warehouse.table.BronzeTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomIndicatorFileTest {
  @TempDir Path temp;

  @Test
  void aDefinitionBecomesOneBronzeRowWithItsTargetFlattened() throws IOException {
    ParsedFile file =
        read(
            "{\"corridorCustomIndicators\": [{\"code\": \"CUSTOM.LOANS\", \"scale\": 100,"
                + " \"target\": {\"value\": 12.5, \"year\": 2030}, \"denominator\": null}]}");

    assertThat(file.rejected()).isEmpty();
    Row row = file.bronzeRows().get(0);
    assertThat(cell(row, "code")).isEqualTo("CUSTOM.LOANS");
    assertThat(cell(row, "scale")).isEqualTo("100");
    assertThat(cell(row, "target_value")).isEqualTo("12.5");
    assertThat(cell(row, "target_year")).isEqualTo("2030");
    assertThat(cell(row, "denominator")).isNull();
    assertThat(
            row.getLong(
                BronzeTables.CUSTOM_INDICATOR_DEFINITION.columnNames().indexOf("_source_row")))
        .isEqualTo(1L);
  }

  @Test
  void aDefinitionThatIsNoObjectOrHoldsAListWhereTextIsDueIsRejectedWhole() throws IOException {
    ParsedFile file =
        read(
            "{\"corridorCustomIndicators\": [\"CUSTOM.LOANS\", {\"code\": [\"CUSTOM.A\"]},"
                + " {\"code\": \"CUSTOM.B\"}]}");

    assertThat(file.bronzeRows()).hasSize(1);
    assertThat(file.rejected())
        .extracting(r -> r.row() + " " + r.reason() + ": " + r.detail())
        .containsExactly(
            "1 " + Reason.MALFORMED_RECORD + ": a definition must be a JSON object",
            "2 " + Reason.MALFORMED_RECORD + ": code must be text or a number");
  }

  @Test
  void aFileThatIsNotJsonOrHoldsNoListIsRejectedWhole() throws IOException {
    assertThatThrownBy(() -> read("{\"corridorCustomIndicators\": [ {"))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not well-formed JSON");
    assertThatThrownBy(() -> read("{\"corridorCustomIndicators\": {\"code\": \"CUSTOM.A\"}}"))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("\"corridorCustomIndicators\" holds no list");
  }

  @Test
  void onlyAJsonObjectWithTheMarkerKeyIsRecognised() throws IOException {
    assertThat(CustomIndicatorFile.recognises(source("{\n  \"corridorCustomIndicators\": []}")))
        .isTrue();
    assertThat(CustomIndicatorFile.recognises(source("{\"indicators\": []}"))).isFalse();
    assertThat(CustomIndicatorFile.recognises(source("code,corridorCustomIndicators\n"))).isFalse();
  }

  private ParsedFile read(String json) throws IOException {
    SourceFile file = source(json);
    return CustomIndicatorFile.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }

  private SourceFile source(String text) throws IOException {
    Path path = temp.resolve("definitions-" + text.hashCode() + ".json");
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return SourceFile.read(path);
  }

  private static String cell(Row row, String column) {
    return row.getString(BronzeTables.CUSTOM_INDICATOR_DEFINITION.columnNames().indexOf(column));
  }
}
