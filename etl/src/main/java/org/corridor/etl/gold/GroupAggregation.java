package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Sums components over every group a country belongs to (world, M49 and SDG regions, income groups,
 * OACPS, RCP memberships), with the coverage each sum rests on. Every aggregation rule of the
 * catalogue except "not aggregable" is a ratio of two such sums: a ratio of sums (17.3.2) sums the
 * countries' numerators and denominators, a mean of units (10.c.1) sums the units' values over a
 * denominator of one per unit, and a plain sum has no denominator.
 *
 * <p>Input rows carry {@code area} (a member country), {@code year}, the caller's key columns,
 * {@code numerator} and {@code denominator} (null for a plain sum). A country may contribute many
 * rows (services, workers). Output rows carry {@code group_area}, {@code year}, the keys, the two
 * sums, {@code countries_with_data}, {@code countries_in_group} and {@code population_share}: the
 * share of the group's population (in the same year) living in countries with data.
 */
public final class GroupAggregation {
  private GroupAggregation() {}

  /**
   * @param components rows as described above
   * @param keys columns the sums are grouped by besides the group and year, e.g. period or sex
   * @param memberships silver.area_membership
   * @param population silver.population
   */
  public static Dataset<Row> sums(
      Dataset<Row> components,
      List<String> keys,
      Dataset<Row> memberships,
      Dataset<Row> population) {
    Dataset<Row> members = memberships.select(col("group_area"), col("member_area").alias("area"));
    Dataset<Row> persons = population.select(col("area"), col("year"), col("persons"));

    List<Column> groupKeys = new ArrayList<>();
    groupKeys.add(col("group_area"));
    groupKeys.add(col("year"));
    keys.forEach(key -> groupKeys.add(col(key)));
    List<Column> countryKeys = new ArrayList<>(groupKeys);
    countryKeys.add(col("area"));

    // First per country, so that a country's population counts once however many rows (services,
    // workers) it contributed; then per group.
    Dataset<Row> perCountry =
        members
            .join(components, "area")
            .groupBy(countryKeys.toArray(Column[]::new))
            .agg(sum("numerator").alias("numerator"), sum("denominator").alias("denominator"))
            .join(persons, new String[] {"area", "year"}, "left");
    Dataset<Row> totals =
        perCountry
            .groupBy(groupKeys.toArray(Column[]::new))
            .agg(
                sum("numerator").alias("numerator"),
                sum("denominator").alias("denominator"),
                count(lit(1)).alias("countries_with_data"),
                sum("persons").alias("covered_persons"));

    Dataset<Row> groupPopulation =
        members
            .join(persons, "area")
            .groupBy(col("group_area"), col("year"))
            .agg(sum("persons").alias("group_persons"));
    Dataset<Row> groupSizes =
        members.groupBy(col("group_area")).agg(count(lit(1)).alias("countries_in_group"));

    return totals
        .join(groupSizes, "group_area")
        .join(groupPopulation, new String[] {"group_area", "year"}, "left")
        .withColumn("population_share", col("covered_persons").divide(col("group_persons")))
        .drop("covered_persons", "group_persons");
  }
}
