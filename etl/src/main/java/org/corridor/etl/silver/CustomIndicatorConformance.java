package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.upper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.table.Lineage;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Validates a secretariat's custom-indicator definitions: every field the gold job needs is there
 * and means something, the code cannot be mistaken for a catalogue indicator's, and the filter,
 * numerator and denominator are Spark SQL over the fact table's own columns. A definition with any
 * fault is quarantined whole, with every fault named; the others are accepted.
 */
public final class CustomIndicatorConformance {
  /** Every custom code starts so, which keeps it apart from SDG and GCM codes for good. */
  public static final String PREFIX = "CUSTOM.";

  /**
   * Silver tables of country-year facts a custom indicator may be computed from: each has an ISO3
   * {@code area} and an integer {@code year}.
   */
  public static final Map<String, TableSpec> FACT_TABLES =
      List.of(
              SilverTables.PROGRAMME_RESULT,
              SilverTables.REMITTANCE_FLOW,
              SilverTables.GDP,
              SilverTables.POPULATION,
              SilverTables.LABOUR_MIGRATION)
          .stream()
          .collect(Collectors.toMap(TableSpec::qualifiedName, Function.identity()));

  /** The aggregation rules a custom indicator may use: the two that are sums, and none. */
  public static final Set<AggregationMethod> AGGREGATIONS =
      Set.of(
          AggregationMethod.SUM, AggregationMethod.RATIO_OF_SUMS, AggregationMethod.NOT_AGGREGABLE);

  private static final StructType FOUND =
      new StructType()
          .add(Lineage.SOURCE_CHECKSUM, DataTypes.StringType)
          .add(Lineage.SOURCE_ROW, DataTypes.LongType)
          .add("definition_reasons", DataTypes.createArrayType(DataTypes.StringType));

  private CustomIndicatorConformance() {}

  /**
   * Adds a {@code reasons} array (empty for valid definitions) to bronze definitions. A file holds
   * a handful, so each is checked on the driver, where Spark's parser and analyser are.
   *
   * @param catalogueCodes codes of the shipped catalogue, which a custom code must not take
   */
  public static Dataset<Row> check(Dataset<Row> bronze, Set<String> catalogueCodes) {
    CustomIndicatorRules rules = new CustomIndicatorRules(bronze.sparkSession(), catalogueCodes);
    List<Row> found = new ArrayList<>();
    for (Row definition : bronze.collectAsList()) {
      found.add(
          RowFactory.create(
              definition.<String>getAs(Lineage.SOURCE_CHECKSUM),
              definition.<Long>getAs(Lineage.SOURCE_ROW),
              rules.faults(definition).toArray(String[]::new)));
    }
    Dataset<Row> lookup = bronze.sparkSession().createDataFrame(found, FOUND);
    return bronze
        .join(lookup, new String[] {Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW})
        .withColumn(
            "reasons",
            concat(col("definition_reasons"), array_compact(array(RowChecks.duplicateKey("code")))))
        .drop("definition_reasons");
  }

  /** Valid definitions in the shape of silver.custom_indicator. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked
        .where(size(col("reasons")).equalTo(0))
        .select(
            LineageColumns.after(
                col("code"),
                col("name"),
                col("unit"),
                lower(col("fact_table")).alias("fact_table"),
                col("filter"),
                col("numerator"),
                col("denominator"),
                upper(col("aggregation")).alias("aggregation"),
                coalesce(col("scale").cast("double"), lit(1.0)).alias("scale"),
                col("target_value").cast("double").alias("target_value"),
                col("target_year").cast("int").alias("target_year"),
                upper(col("direction")).alias("direction"),
                coalesce(col("source"), concat(lit("Facts of "), lower(col("fact_table"))))
                    .alias("source")));
  }
}
