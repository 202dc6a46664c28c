package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.RpwServiceConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.RejectedRecord;
import org.corridor.etl.source.Workbook;
import org.corridor.etl.source.rpw.RpwServiceCsv;
import org.corridor.etl.source.rpw.RpwServiceWorkbook;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * The RPW dataset, as the World Bank's workbook or a CSV export of one of its sheets, to silver
 * remittance_price. Rows are counted as price quotes: one service row read yields its USD 200 quote
 * and, where priced, its USD 500 quote, and each quote is accepted or quarantined on its own. A
 * file is complete for the quarters it covers, so it replaces those quarters.
 */
final class RpwServiceSource implements SingleTableSource {
  private final Set<String> countries;

  RpwServiceSource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.RPW_SERVICE;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.RPW_SERVICE;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.REMITTANCE_PRICE;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return Workbook.isWorkbook(input.file())
        ? RpwServiceWorkbook.read(input.file(), input.provenance())
        : RpwServiceCsv.read(input.file(), input.provenance());
  }

  /** The CSV export runs to millions of quotes: it is streamed; workbooks are parsed whole. */
  @Override
  public List<RejectedRecord> parseInto(InputFile input, Consumer<Row> rows) {
    if (Workbook.isWorkbook(input.file())) {
      return SingleTableSource.super.parseInto(input, rows);
    }
    return RpwServiceCsv.read(input.file(), input.provenance(), rows);
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return RpwServiceConformance.check(bronze, countries);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return RpwServiceConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "quarter");
  }

  /** The checks name each quote's or cell's place in its line. */
  @Override
  public Column quarantineColumn() {
    return col("source_column");
  }
}
