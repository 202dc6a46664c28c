package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.warehouse.table.TableSpec;

/**
 * A source format whose every file loads to one bronze and one silver table: the reader, the checks
 * and the silver projection that {@link SingleTableLoader} runs for each file.
 */
interface SingleTableSource {
  SourceKind kind();

  TableSpec bronze();

  TableSpec silver();

  /**
   * Parses a file into bronze rows.
   *
   * @throws org.corridor.etl.EtlErrors.RejectedFile when the file is malformed as a whole
   */
  ParsedFile parse(InputFile input);

  /**
   * Parses a file, handing each bronze row to {@code rows} as it is read, and returns the records
   * that would not even split into fields. Sources of formats that run to millions of rows stream
   * here; the others parse the whole file with {@link #parse}.
   *
   * @throws org.corridor.etl.EtlErrors.RejectedFile when the file is malformed as a whole
   */
  default List<RejectedRecord> parseInto(InputFile input, Consumer<Row> rows) {
    ParsedFile parsed = parse(input);
    parsed.bronzeRows().forEach(rows);
    return parsed.rejected();
  }

  /**
   * The bronze rows with a {@code reasons} array added: empty for a row that passes every check.
   */
  Dataset<Row> check(Dataset<Row> bronze);

  /**
   * Which bronze rows hold nothing for the silver table although they are sound (e.g. a UNHCR
   * solutions line with only resettlement figures): they stay in bronze and are counted as not
   * applicable, neither accepted nor quarantined. By default every row is applicable.
   */
  default Column notApplicable() {
    return lit(false);
  }

  /** The applicable rows that passed, in the silver table's shape with its lineage columns. */
  Dataset<Row> accepted(Dataset<Row> checked);

  /**
   * The part of the silver table a file's rows replace: what the file is complete for (its years,
   * its quarters, its survey), so that a corrected re-publication withdraws rows it no longer has.
   *
   * @param accepted the file's accepted rows, never empty
   */
  Scope replaces(Dataset<Row> accepted);

  /**
   * Where in a row a quarantined cell of a wide layout sat (a year column, a matrix column), as an
   * expression over checked rows; empty text for formats with one record per row.
   */
  default Column quarantineColumn() {
    return lit("");
  }
}
