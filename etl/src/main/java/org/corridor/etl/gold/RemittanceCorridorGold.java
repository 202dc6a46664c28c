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
 * GCM objectives 19 and 20 from the World Bank's bilateral estimates. {@code
 * GCM20.BILATERAL_REMITTANCES}: remittances per corridor as KNOMAD publishes them (area = the
 * receiving country). {@code GCM19.REMITTANCES_PER_MIGRANT}: a country's remittances received (WDI)
 * over its emigrants (KNOMAD's bilateral stocks from the country, both sexes, summed over
 * destinations) in the same year; a group's figure is the ratio of sums.
 */
public final class RemittanceCorridorGold implements GoldIndicatorJob {
  public static final String BILATERAL = "GCM20.BILATERAL_REMITTANCES";
  public static final String PER_MIGRANT = "GCM19.REMITTANCES_PER_MIGRANT";
  private static final String BILATERAL_SOURCE =
      "World Bank / KNOMAD, bilateral remittance estimates";
  private static final String PER_MIGRANT_SOURCE =
      "World Bank WDI BX.TRF.PWKR.CD.DT (remittances received) / World Bank KNOMAD bilateral"
          + " migration matrix (emigrants)";

  @Override
  public List<String> indicators() {
    return List.of(BILATERAL, PER_MIGRANT);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(
        SilverTables.BILATERAL_REMITTANCE,
        SilverTables.BILATERAL_MIGRANT_STOCK,
        SilverTables.REMITTANCE_FLOW);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> corridors = inputs.read(SilverTables.BILATERAL_REMITTANCE);
    Map<String, Column> bilateral =
        Observations.yearly(
            Observations.country(
                Observations.common(
                    BILATERAL, lit(BILATERAL), "USD", BILATERAL_SOURCE, inputs.runId())));
    bilateral.put("area", col("destination"));
    bilateral.put("origin", col("origin"));
    bilateral.put("destination", col("destination"));
    bilateral.put("value", col("value_usd"));

    Dataset<Row> emigrants =
        inputs
            .read(SilverTables.BILATERAL_MIGRANT_STOCK)
            .where(col("sex").equalTo("_T"))
            .groupBy(col("origin").alias("area"), col("year"))
            .agg(sum("persons").alias("denominator"))
            .where(col("denominator").gt(0));
    Dataset<Row> components =
        inputs
            .read(SilverTables.REMITTANCE_FLOW)
            .where(col("direction").equalTo("RECEIVED"))
            .select(col("area"), col("year"), col("value_usd").alias("numerator"))
            .join(emigrants, new String[] {"area", "year"});
    Dataset<Row> groups =
        GroupAggregation.sums(components, List.of(), inputs.memberships(), inputs.population());

    return Observations.project(corridors, bilateral)
        .unionByName(
            Observations.project(components, Observations.country(perMigrant(inputs.runId()))))
        .unionByName(
            Observations.project(
                groups,
                Observations.aggregate(
                    perMigrant(inputs.runId()), AggregationMethod.RATIO_OF_SUMS)));
  }

  private static Map<String, Column> perMigrant(String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.common(
                PER_MIGRANT, lit(PER_MIGRANT), "USD_PER_PERSON", PER_MIGRANT_SOURCE, runId));
    Observations.ratio(columns, 1.0);
    return columns;
  }
}
