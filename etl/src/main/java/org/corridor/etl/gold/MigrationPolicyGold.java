package org.corridor.etl.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.corridor.warehouse.catalogue.AggregationMethod;
import org.corridor.warehouse.catalogue.PolicyCategory;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * SDG 10.7.2 as UN DESA and IOM compute it from the UN Inquiry module on migration policies. Each
 * of the 30 sub-categories (6 domains x 5) scores Yes = 1, No = 0, and in domain 1 "yes, only for
 * those with legal status" = 0.5; a sub-category not answered scores 0. A domain's score is the
 * mean of its five x 100, the overall score the mean of all thirty x 100. A score falls in one of
 * four categories: below 40 requires further progress, 40 to below 80 partially meets, 80 to below
 * 100 meets, 100 fully meets. A group's figure is the unweighted share of its responding countries
 * in each category.
 *
 * <p>Series: {@code SCORE} and {@code CATEGORY} (the category's code 1-4, as the SDG database
 * publishes it) per country, and {@code SHARE_<category>} per group; {@code policy_domain} is the
 * domain 1-6, null for the overall score.
 */
public final class MigrationPolicyGold implements GoldIndicatorJob {
  public static final String INDICATOR = "10.7.2";
  static final int SUB_CATEGORIES = 5;
  static final int DOMAINS = 6;
  private static final String SOURCE =
      "UN DESA and IOM, UN Inquiry among Governments on Population and Development: module on"
          + " international migration policies";
  static final String CATEGORY_FOOTNOTE =
      "1 requires further progress (score below 40), 2 partially meets (40 to below 80), 3 meets"
          + " (80 to below 100), 4 fully meets (100).";

  @Override
  public List<String> indicators() {
    return List.of(INDICATOR);
  }

  @Override
  public List<TableSpec> sources() {
    return List.of(SilverTables.MIGRATION_POLICY);
  }

  @Override
  public Dataset<Row> observations(GoldInputs inputs) {
    Dataset<Row> scores = scores(inputs.read(SilverTables.MIGRATION_POLICY));
    List<Dataset<Row>> parts = new ArrayList<>();

    Map<String, Column> score = countryColumns("SCORE", "SCORE", inputs.runId());
    score.put("value", col("score"));
    parts.add(Observations.project(scores, score));
    Map<String, Column> category =
        countryColumns(PolicyCategory.CODE_SERIES, "CATEGORY_CODE", inputs.runId());
    category.put("value", col("category"));
    category.put("footnote", lit(CATEGORY_FOOTNOTE));
    parts.add(Observations.project(scores, category));

    // One row per country and category, 1 where the country is in it: the group sums then count
    // the countries in each category over the countries that responded.
    Dataset<Row> membership =
        scores
            .withColumn("category_code", explode(functions.array(lit(1), lit(2), lit(3), lit(4))))
            .withColumn(
                "numerator",
                when(col("category").equalTo(col("category_code")), 1.0).otherwise(0.0))
            .withColumn("denominator", lit(1.0));
    Dataset<Row> groups =
        GroupAggregation.sums(
            membership,
            List.of("policy_domain", "category_code"),
            inputs.memberships(),
            inputs.population());
    Column series =
        functions.element_at(
            functions.array(
                PolicyCategory.shareSeriesInCodeOrder().stream()
                    .map(functions::lit)
                    .toArray(Column[]::new)),
            col("category_code"));
    Map<String, Column> share =
        Observations.aggregate(
            Observations.common(INDICATOR, series, "PERCENT", SOURCE, inputs.runId()),
            AggregationMethod.SHARE_OF_COUNTRIES);
    Observations.yearly(share);
    share.put("policy_domain", col("policy_domain"));
    Observations.ratio(share, 100.0);
    share.put(
        "footnote",
        lit("Unweighted share of the group's responding countries (countries with data)."));
    parts.add(Observations.project(groups, share));
    return parts.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  /**
   * Per country, round and domain (and overall, domain null): the score 0-100 and its category
   * code. Unanswered sub-categories, listed or not, count 0 because the divisor is fixed. Points
   * are halves, so multiplying before dividing keeps a score on a category's edge (40, 80) exact.
   */
  static Dataset<Row> scores(Dataset<Row> answers) {
    Column points =
        when(col("answer").equalTo("YES"), 1.0)
            .when(col("answer").equalTo("YES_LEGAL_STATUS_ONLY"), 0.5)
            .otherwise(0.0);
    Dataset<Row> scored =
        answers.select(
            col("area"), col("round").alias("year"), col("domain"), points.alias("points"));
    Dataset<Row> domains =
        scored
            .groupBy(col("area"), col("year"), col("domain"))
            .agg(sum("points").alias("points"))
            .select(
                col("area"),
                col("year"),
                col("domain").cast("string").alias("policy_domain"),
                col("points").multiply(100.0).divide(SUB_CATEGORIES).alias("score"));
    Dataset<Row> overall =
        scored
            .groupBy(col("area"), col("year"))
            .agg(sum("points").alias("points"))
            .select(
                col("area"),
                col("year"),
                lit(null).cast("string").alias("policy_domain"),
                col("points").multiply(100.0).divide(SUB_CATEGORIES * DOMAINS).alias("score"));
    return domains
        .unionByName(overall)
        .withColumn(
            "category",
            when(col("score").lt(40), 1)
                .when(col("score").lt(80), 2)
                .when(col("score").lt(100), 3)
                .otherwise(4));
  }

  private static Map<String, Column> countryColumns(String series, String unit, String runId) {
    Map<String, Column> columns =
        Observations.yearly(
            Observations.country(Observations.common(INDICATOR, lit(series), unit, SOURCE, runId)));
    columns.put("policy_domain", col("policy_domain"));
    return columns;
  }
}
