package org.corridor.api.progress;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.corridor.api.format.CsvTable;
import org.corridor.api.format.TableFields;
import org.corridor.api.observation.PageInfo;
import org.corridor.api.observation.Paging;
import org.corridor.api.vintage.EditionSnapshot;
import org.corridor.warehouse.table.GoldTables;

/** One page of progress assessments, naming the vintage and table version they were read from. */
@Schema(name = "ProgressPage", description = "One page of progress assessments")
record ProgressPage(
    @Schema(description = "Vintage answered from; null for the latest data", nullable = true)
        String vintage,
    @Schema(description = "Instant answered as of; null unless asOf was given", nullable = true)
        String asOf,
    @Schema(
            description = "Delta version of gold.progress_assessment; -1 where it did not exist",
            example = "4")
        long tableVersion,
    PageInfo page,
    @Schema(
            description =
                "Assessments sorted by indicator, area, series and method; fields are the"
                    + " camelCase columns of gold.progress_assessment, nulls included")
        List<Map<String, Object>> assessments)
    implements CsvTable {

  static final TableFields FIELDS = TableFields.of(GoldTables.PROGRESS_ASSESSMENT);

  static ProgressPage of(EditionSnapshot read, int[] rows, Paging paging) {
    var edition = read.edition();
    return new ProgressPage(
        edition.vintage(),
        edition.asOf() == null ? null : edition.asOf().toString(),
        read.snapshot().version(),
        paging.describe(rows.length),
        FIELDS.render(read.snapshot(), paging.slice(rows)));
  }

  @Override
  public List<String> csvHeader() {
    return FIELDS.names();
  }

  @Override
  public List<List<String>> csvRecords() {
    return assessments.stream().map(a -> TableFields.csvRecord(a, FIELDS.names())).toList();
  }
}
