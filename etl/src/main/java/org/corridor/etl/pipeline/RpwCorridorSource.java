package org.corridor.etl.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.RpwCorridorConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.rpw.RpwCorridorCsv;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * RPW corridor averages exported from DataBank, to silver remittance_price_corridor. A DataBank
 * export answers a query of sending countries x receiving countries x series x quarters, so a file
 * replaces exactly that selection (as far as its values reach) and leaves corridors it was not
 * asked for alone.
 */
final class RpwCorridorSource implements SingleTableSource {
  private static final List<String> SELECTION =
      List.of("sending_area", "receiving_area", "series_code", "quarter");

  private final Set<String> countries;

  RpwCorridorSource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.RPW_CORRIDOR;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.RPW_CORRIDOR;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.REMITTANCE_PRICE_CORRIDOR;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return RpwCorridorCsv.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return RpwCorridorConformance.check(bronze, countries);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return RpwCorridorConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    Map<String, List<Object>> selection = new LinkedHashMap<>();
    for (String column : SELECTION) {
      selection.put(column, Scopes.distinctValues(accepted, column).conditions().get(column));
    }
    return new Scope(selection);
  }

  /** The checks name each quote's or cell's place in its line. */
  @Override
  public Column quarantineColumn() {
    return col("source_column");
  }
}
