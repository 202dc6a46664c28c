package org.corridor.etl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.corridor.etl.pipeline.SourceKind;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.custom.CustomIndicatorFile;
import org.corridor.etl.source.layout.CorridorLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomIndicatorDemoTest {
  @TempDir Path temp;

  @Test
  void theDemoWritesProgrammeResultsAndTheSeedsIndicatorsOfChange() throws IOException {
    List<Path> files = new CustomIndicatorDemoWriter(DemoData.DEFAULT_SEED).writeTo(temp);
    SourceFile results = SourceFile.read(files.get(0));
    SourceFile definitions = SourceFile.read(files.get(1));

    assertThat(SourceKind.detect(results)).contains(SourceKind.PROGRAMME_RESULTS);
    assertThat(SourceKind.detect(definitions)).contains(SourceKind.CUSTOM_INDICATORS);

    ParsedFile rows = CorridorLayout.PROGRAMME_RESULTS.read(results, provenance(results));
    int programmes = 5;
    int years = CustomIndicatorDemoWriter.LAST_YEAR - CustomIndicatorDemoWriter.FIRST_YEAR + 1;
    int linesPerYear = 4;
    assertThat(rows.bronzeRows()).hasSize(programmes * years * linesPerYear);
    assertThat(rows.bronzeRows())
        .filteredOn(r -> r.getString(5).startsWith("-"))
        .extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(3))
        .containsExactly("ZWE 2019 LOANS");

    ParsedFile parsed = CustomIndicatorFile.read(definitions, provenance(definitions));
    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.bronzeRows())
        .extracting((Row r) -> r.getString(0))
        .containsExactly(
            "CUSTOM.DIASPORA_BUSINESSES",
            "CUSTOM.MENTORSHIP_RELATIONS",
            "CUSTOM.DIASPORA_LOANS",
            "CUSTOM.LOANS_PER_BUSINESS",
            "CUSTOM.BUSINESS_INCOME");
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    Path first = Files.createDirectories(temp.resolve("a"));
    Path second = Files.createDirectories(temp.resolve("b"));
    assertThat(Files.readAllBytes(new CustomIndicatorDemoWriter(7).writeTo(first).get(0)))
        .isEqualTo(Files.readAllBytes(new CustomIndicatorDemoWriter(7).writeTo(second).get(0)));
  }

  private static Provenance provenance(SourceFile file) {
    return Provenance.of(file, "test", new Timestamp(0));
  }
}
