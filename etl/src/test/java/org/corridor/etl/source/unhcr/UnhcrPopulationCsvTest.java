package org.corridor.etl.source.unhcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.Fixtures;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnhcrPopulationCsvTest {
  @TempDir Path temp;

  @Test
  void findsTheHeaderAfterAPreambleOfAnyLengthAndKeepsValuesAsWritten() {
    ParsedFile file = read(Fixtures.copy("unhcr-fixture", temp).resolve("population.csv"));

    assertThat(file.bronzeRows()).hasSize(10);
    assertThat(file.bronzeRows().get(0).getString(2)).isEqualTo("SYR");
    assertThat(file.bronzeRows().get(0).getString(8)).isEqualTo("-");
    assertThat(file.bronzeRows().get(0).getLong(14)).isEqualTo(14L);
    assertThat(file.bronzeRows().get(4).getString(1)).isEqualTo("Unknown");
    assertThat(file.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(24);
              assertThat(r.reason()).isEqualTo(Reason.MALFORMED_RECORD);
            });
    assertThat(file.rowsRead()).isEqualTo(11);
  }

  @Test
  void exportWithAnotherHeaderIsRejectedWhole() throws IOException {
    Path path = temp.resolve("population.csv");
    Files.writeString(
        path,
        "Extracted:,\"United Nations High Commissioner for Refugees\"\n"
            + "Year,\"Country of origin\",\"Country of asylum\",Refugees\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(path))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not a well-formed file of its format");
  }

  @Test
  void isRecognisedByItsContentNotItsName() throws IOException {
    Path renamed = temp.resolve("refugees-download.csv");
    Files.copy(
        Fixtures.copy("unhcr-fixture", temp.resolve("f")).resolve("population.csv"), renamed);
    assertThat(UnhcrPopulationCsv.recognises(SourceFile.read(renamed))).isTrue();
  }

  private static ParsedFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return UnhcrPopulationCsv.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }
}
