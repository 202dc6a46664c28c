package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * SDG 10.7.3, people who died or disappeared in the process of migration, as IOM's Missing Migrants
 * Project counts them: the plain sum over incident records of the dead and the minimum estimated
 * missing, per year, for the world, for each UN geoscheme region IOM names as the region of
 * incident, and for each country of incident. IOM's regions that are no M49 area (the
 * Mediterranean, say) count in the world total only. Every figure carries IOM's caution that the
 * counts are a lowest estimate whose coverage varies, so trends should not be read from them.
 */
public final class MissingMigrantsGold implements GoldIndicatorJob {
  public static final String INDICATOR = "10.7.3";
  static final String CAUTION =
      "Lowest estimate of deaths and disappearances IOM could record; coverage differs by region"
          + " and year, so figures should not be compared over time or between regions.";
  private static final String SOURCE = "IOM, Missing Migrants Project: incident records";

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.MISSING_MIGRANTS);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> incidents =
        inputs
            .read(SilverTables.MISSING_MIGRANTS)
            .withColumn("persons", col("dead").plus(col("missing")).cast("double"));

    Dataset<Row> world =
        incidents
            .groupBy(col("year"))
            .agg(sum("persons").alias("persons"))
            .withColumn("area", lit("WLD"));
    // IOM names regions of incident by the UN geoscheme (Northern Africa, Western Asia, ...).
    Dataset<Row> regionNames =
        inputs
            .read(SilverTables.AREA)
            .where(col("kind").startsWith("M49_"))
            .select(col("area"), col("name").alias("region"));
    Dataset<Row> regions =
        incidents
            .join(regionNames, "region")
            .groupBy(col("area"), col("year"))
            .agg(sum("persons").alias("persons"));
    Dataset<Row> countries =
        incidents
            .where(col("country_of_incident").isNotNull())
            .groupBy(col("country_of_incident").alias("area"), col("year"))
            .agg(sum("persons").alias("persons"));

    Map<String, Column> groupColumns = columns(inputs.runId());
    groupColumns.put("area_kind", lit("AGGREGATE"));
    groupColumns.put("nature", lit("G"));
    groupColumns.put("aggregation_method", lit(AggregationMethod.SUM.name()));
    Map<String, Column> countryColumns = Observations.country(columns(inputs.runId()));
    return Observations.project(world.unionByName(regions), groupColumns)
        .unionByName(Observations.project(countries, countryColumns));
  }

  private static Map<String, Column> columns(String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.common(INDICATOR, lit(INDICATOR), "PERSONS", SOURCE, runId));
    columns.put("area", col("area"));
    columns.put("value", col("persons"));
    columns.put("numerator", col("persons"));
    columns.put("footnote", lit(CAUTION));
    return columns;
  }
}
