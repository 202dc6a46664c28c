package org.corridor.etl.source.unhcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.Fixtures;
import org.corridor.etl.pipeline.SourceKind;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.Reason;
import org.corridor.etl.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnhcrSolutionsCsvTest {
  @TempDir Path temp;

  @Test
  void findsTheHeaderAfterAPreambleWithARepeatedLineAndKeepsEmptyCellsAsMissing() {
    ParsedFile file = read(Fixtures.copy("returns-fixture", temp).resolve("solutions.csv"));

    assertThat(file.bronzeRows()).hasSize(13);
    Row syriaTurkiye = file.bronzeRows().get(0);
    assertThat(syriaTurkiye.getString(0)).isEqualTo("2022");
    assertThat(syriaTurkiye.getString(2)).isEqualTo("SYR");
    assertThat(syriaTurkiye.getString(3)).isEqualTo("Türkiye");
    assertThat(syriaTurkiye.getString(4)).isEqualTo("TUR");
    assertThat(syriaTurkiye.getString(5)).isEqualTo("50000");
    assertThat(syriaTurkiye.getString(6)).isNull();
    assertThat(syriaTurkiye.getLong(11))
        .as("line after a 15-line preamble and header")
        .isEqualTo(17);
    Row albaniaCanada = file.bronzeRows().get(3);
    assertThat(albaniaCanada.getString(5)).isNull();
    assertThat(albaniaCanada.getString(7)).isEqualTo("17");
    assertThat(file.bronzeRows().get(7).getString(1)).as("name stripped").isEqualTo("Unknown");
    assertThat(file.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(30);
              assertThat(r.reason()).isEqualTo(Reason.MALFORMED_RECORD);
            });
    assertThat(file.rowsRead()).isEqualTo(14);
  }

  @Test
  void acceptsTheReturnedIdpsColumnSpelledCorrectly() throws IOException {
    Path path =
        write(
            "Extracted:,\"United Nations High Commissioner for Refugees\"\n"
                + "Year,\"Country of origin\",\"Country of origin (ISO)\",\"Country of asylum\","
                + "\"Country of asylum (ISO)\",\"Returned refugees\",\"Returned IDPs\","
                + "\"Resettlement arrivals\",Naturalisation\n"
                + "2020,Somalia,SOM,Yemen,YEM,329,,,\n");

    assertThat(read(path).bronzeRows())
        .singleElement()
        .satisfies(r -> assertThat(r.getString(5)).isEqualTo("329"));
  }

  @Test
  void exportWithAnotherHeaderIsRejectedWhole() throws IOException {
    Path path =
        write(
            "Extracted:,\"United Nations High Commissioner for Refugees\"\n"
                + "Year,\"Country of origin\",\"Country of asylum\",\"Returned refugees\"\n");

    assertThatThrownBy(() -> read(path))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not a well-formed file of its format");
  }

  @Test
  void solutionsAndPopulationExportsAreToldApartByTheirHeaders() {
    SourceFile solutions =
        SourceFile.read(
            Fixtures.copy("returns-fixture", temp.resolve("s")).resolve("solutions.csv"));
    SourceFile population =
        SourceFile.read(
            Fixtures.copy("unhcr-fixture", temp.resolve("p")).resolve("population.csv"));

    assertThat(SourceKind.detect(solutions)).isEqualTo(Optional.of(SourceKind.UNHCR_SOLUTIONS));
    assertThat(SourceKind.detect(population)).isEqualTo(Optional.of(SourceKind.UNHCR_POPULATION));
    assertThat(UnhcrPopulationCsv.recognises(solutions)).isFalse();
    assertThat(UnhcrSolutionsCsv.recognises(population)).isFalse();
  }

  private Path write(String text) throws IOException {
    Path path = temp.resolve("solutions.csv");
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static ParsedFile read(Path path) {
    SourceFile file = SourceFile.read(path);
    return UnhcrSolutionsCsv.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }
}
