package org.corridor.etl.source.layout;

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

class CorridorLayoutTest {
  @TempDir Path temp;

  @Test
  void columnsMayComeInAnyOrderAndAreStoredInTheLayoutsOrder() throws IOException {
    Path path =
        write(
            "policies.csv",
            "\uFEFFanswer, sub_category,domain,round,country\r\n"
                + "yes,2,1,2021,MEX\r\n"
                + "\r\n"
                + "no,5,6, 2021 ,PHL\r\n");

    ParsedFile file = read(CorridorLayout.MIGRATION_POLICIES, path);

    assertThat(file.rejected()).isEmpty();
    assertThat(file.bronzeRows()).hasSize(2);
    assertThat(file.bronzeRows().get(0).getString(0)).isEqualTo("MEX");
    assertThat(file.bronzeRows().get(0).getString(1)).isEqualTo("2021");
    assertThat(file.bronzeRows().get(0).getString(2)).isEqualTo("1");
    assertThat(file.bronzeRows().get(0).getString(3)).isEqualTo("2");
    assertThat(file.bronzeRows().get(0).getString(4)).isEqualTo("yes");
    assertThat(file.bronzeRows().get(1).getString(1)).as("cells are stripped").isEqualTo("2021");
    assertThat(file.bronzeRows().get(1).getLong(7)).as("physical line number").isEqualTo(4L);
  }

  @Test
  void emptyCellsAreMissingAndALineThatDoesNotSplitIsRejectedWithItsLineNumber() {
    ParsedFile file =
        read(
            CorridorLayout.RECRUITMENT_COSTS,
            Fixtures.copy("recruitment-fixture", temp).resolve("recruitment-costs.csv"));

    assertThat(file.rowsRead()).isEqualTo(17);
    assertThat(file.bronzeRows().get(2).getString(6)).as("W003 gave no age").isNull();
    assertThat(file.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(17);
              assertThat(r.reason()).isEqualTo(Reason.MALFORMED_RECORD);
              assertThat(r.detail()).isEqualTo("5 fields, the header has 21");
            });
  }

  @Test
  void headerWithoutTheLayoutsColumnsIsRejectedWholeNamingWhatIsWrong() {
    Path path = Fixtures.copy("policy-fixture", temp).resolve("wrong-header.csv");

    assertThatThrownBy(() -> read(CorridorLayout.MIGRATION_POLICIES, path))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessage(
            "wrong-header.csv is not a file in Corridor's migration-policies layout: its first"
                + " line must name the layout's columns; missing [round, sub_category, answer];"
                + " unknown or repeated [year, subcategory, response]; see"
                + " docs/layouts/migration-policies.md");
  }

  @Test
  void repeatedColumnIsRejected() throws IOException {
    Path path =
        write("returns.csv", "country,round,domain,sub_category,answer,answer\nMEX,2021,1,1,,\n");

    assertThatThrownBy(() -> read(CorridorLayout.MIGRATION_POLICIES, path))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("unknown or repeated [answer]");
  }

  @Test
  void fileThatIsNotUtf8IsRejected() throws IOException {
    Path path = temp.resolve("latin1.csv");
    Files.write(
        path,
        "country,round,domain,sub_category,answer\nCIV,2021,1,1,oui \u00e0 50%\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> read(CorridorLayout.MIGRATION_POLICIES, path))
        .isInstanceOf(EtlErrors.RejectedFile.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void aFileIsRecognisedByItsHeaderAsExactlyOneLayout() {
    Path recruitment =
        Fixtures.copy("recruitment-fixture", temp.resolve("r")).resolve("recruitment-costs.csv");
    Path returns =
        Fixtures.copy("returns-fixture", temp.resolve("a")).resolve("assisted-returns.csv");
    Path wrong = Fixtures.copy("policy-fixture", temp.resolve("p")).resolve("wrong-header.csv");

    assertThat(recognisedBy(recruitment)).containsExactly(CorridorLayout.RECRUITMENT_COSTS);
    assertThat(recognisedBy(returns)).containsExactly(CorridorLayout.ASSISTED_RETURNS);
    assertThat(recognisedBy(wrong)).isEmpty();
  }

  private static java.util.List<CorridorLayout> recognisedBy(Path path) {
    SourceFile file = SourceFile.read(path);
    return java.util.Arrays.stream(CorridorLayout.values())
        .filter(layout -> layout.recognises(file))
        .toList();
  }

  private Path write(String name, String text) throws IOException {
    Path path = temp.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static ParsedFile read(CorridorLayout layout, Path path) {
    SourceFile file = SourceFile.read(path);
    return layout.read(file, Provenance.of(file, "test", new Timestamp(0)));
  }
}
