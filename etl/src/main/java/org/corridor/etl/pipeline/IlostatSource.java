package org.corridor.etl.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.IlostatConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.ilostat.IlostatCsv;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * ILOSTAT labour-migration files (bulk CSV or SDMX-CSV) to silver labour_migration.
 *
 * <p>A file is complete for every combination of the values it holds on each dimension: a bulk file
 * holds whole indicators (all areas, years and classifications), and an SDMX query selects a set of
 * values per dimension (areas, a period range, perhaps only some sexes or ages) and returns all
 * data for their combinations. So a file replaces that cross product and leaves alone what it did
 * not ask for, e.g. the other countries of an SDMX download for one country, or the years before
 * its start period. The source (survey) is an attribute, not a dimension: a revision that moves an
 * observation to another survey replaces it.
 */
final class IlostatSource implements SingleTableSource {
  private static final List<String> DIMENSIONS =
      List.of("indicator", "area", "year", "sex", "age", "population_group", "origin", "breakdown");

  private final Set<String> countries;

  IlostatSource(Set<String> countries) {
    this.countries = countries;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.ILOSTAT;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.ILOSTAT_OBSERVATION;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.LABOUR_MIGRATION;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return IlostatCsv.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return IlostatConformance.check(bronze, countries);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return IlostatConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    Column[] sets =
        DIMENSIONS.stream()
            .map(d -> functions.collect_set(functions.col(d)).alias(d))
            .toArray(Column[]::new);
    Row values = accepted.agg(sets[0], Arrays.copyOfRange(sets, 1, sets.length)).first();
    Map<String, List<Object>> conditions = new LinkedHashMap<>();
    for (String dimension : DIMENSIONS) {
      conditions.put(dimension, values.<Object>getList(values.fieldIndex(dimension)));
    }
    return new Scope(conditions);
  }
}
