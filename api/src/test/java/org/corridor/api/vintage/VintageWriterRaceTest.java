package org.corridor.api.vintage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.kernel.Snapshot;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.exceptions.ConcurrentWriteException;
import io.delta.kernel.exceptions.MaxCommitRetryLimitReachedException;
import io.delta.kernel.exceptions.TableAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.warehouse.table.GoldTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The race {@link VintageWriter} relies on Delta to settle: rows checked against one version of
 * {@code gold.vintage} never commit on top of a later one, and a table checked as absent is never
 * created twice. Each lost race is one of the exceptions on which the writer re-checks the name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class VintageWriterRaceTest {
  private static final Map<String, Long> OBSERVATIONS_AT_0 =
      Map.of(GoldTables.INDICATOR_OBSERVATION.qualifiedName(), 0L);

  @TempDir static Path warehouse;

  @Autowired VintageWriter writer;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeObservations() {
    GoldTableFixture.in(warehouse).create(List.of(GoldRow.of("17.3.2", "SLV", "2004", 18.67)));
  }

  @Test
  void rowsCheckedAgainstAnOlderVersionOfTheVintageTableAreNotCommitted() {
    writer.create("checked-first", null);
    Snapshot checked = writer.latest(GoldTables.VINTAGE).orElseThrow();
    writer.append(Optional.of(checked), rows("won-the-race"));

    assertThatThrownBy(() -> writer.append(Optional.of(checked), rows("lost-the-race")))
        .isInstanceOfAny(ConcurrentWriteException.class, MaxCommitRetryLimitReachedException.class);
    assertThat(writer.latest(GoldTables.VINTAGE).orElseThrow().getVersion())
        .isEqualTo(checked.getVersion() + 1);
  }

  @Test
  void aVintageTableCheckedAsAbsentIsNotCreatedOverAnotherOne() {
    writer.create("created-the-table", null);
    long version = writer.latest(GoldTables.VINTAGE).orElseThrow().getVersion();

    assertThatThrownBy(() -> writer.append(Optional.empty(), rows("created-it-too")))
        .isInstanceOfAny(
            ConcurrentWriteException.class,
            MaxCommitRetryLimitReachedException.class,
            TableAlreadyExistsException.class);
    assertThat(writer.latest(GoldTables.VINTAGE).orElseThrow().getVersion()).isEqualTo(version);
  }

  @Test
  void propertiesSetByARacingCreationAreKeptAndTheirVersionPinned() {
    GoldTableFixture progress = GoldTableFixture.in(warehouse, GoldTables.PROGRESS_ASSESSMENT);
    progress.create(List.of(GoldRow.progress("17.3.2", "SLV", "OPEN_SDG")));
    Snapshot checked = writer.latest(GoldTables.PROGRESS_ASSESSMENT).orElseThrow();

    long racer = writer.keepHistory(GoldTables.PROGRESS_ASSESSMENT, checked);
    long pinned = writer.keepHistory(GoldTables.PROGRESS_ASSESSMENT, checked);

    assertThat(racer).isEqualTo(checked.getVersion() + 1);
    assertThat(pinned).isEqualTo(racer);
    assertThat(writer.latest(GoldTables.PROGRESS_ASSESSMENT).orElseThrow().getVersion())
        .isEqualTo(racer);
  }

  private static ColumnarBatch rows(String name) {
    return VintageRows.of(name, Instant.parse("2025-05-02T09:30:00Z"), null, OBSERVATIONS_AT_0);
  }
}
