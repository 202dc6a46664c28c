package org.corridor.api.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corridor.api.format.CsvTable;
import org.corridor.api.format.TableFields;
import org.corridor.api.observation.PageInfo;
import org.corridor.api.observation.Paging;
import org.corridor.api.store.TableSnapshot;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/** One page of activity records, naming the silver table and the version they were read from. */
@Schema(name = "ActivityPage", description = "One page of activity records")
record ActivityPage(
    @Schema(description = "The silver table answered from", example = "silver.rcp_activity")
        String table,
    @Schema(description = "Delta version of the table; -1 before its first write", example = "3")
        long tableVersion,
    PageInfo page,
    @Schema(
            description =
                "Records in the table's order (source, then RCP, activity column and sequence;"
                    + " or source, then record id); fields are the camelCase columns of the"
                    + " table without lineage, lists as JSON arrays, nulls included")
        List<Map<String, Object>> activities)
    implements CsvTable {

  static ActivityPage of(TableSnapshot records, int[] rows, Paging paging) {
    return new ActivityPage(
        records.table().qualifiedName(),
        records.version(),
        paging.describe(rows.length),
        TableFields.of(records.table()).render(records, paging.slice(rows)));
  }

  @Override
  public List<String> csvHeader() {
    return TableFields.of(fieldsTable()).names();
  }

  /** A list is one field, its elements separated by ';' as the area list's groups are. */
  @Override
  public List<List<String>> csvRecords() {
    List<String> names = csvHeader();
    List<List<String>> records = new ArrayList<>(activities.size());
    for (Map<String, Object> fields : activities) {
      List<String> record = new ArrayList<>(names.size());
      for (String name : names) {
        Object value = fields.get(name);
        record.add(
            value instanceof List<?> list
                ? String.join(";", list.stream().map(String::valueOf).toList())
                : TableFields.csvText(value));
      }
      records.add(record);
    }
    return records;
  }

  private TableSpec fieldsTable() {
    return Stream.of(SilverTables.RCP_ACTIVITY, SilverTables.GFMD_ACTIVITY)
        .filter(spec -> spec.qualifiedName().equals(table))
        .findFirst()
        .orElseThrow();
  }
}
