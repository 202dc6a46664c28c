package org.corridor.warehouse.table;

import static org.corridor.warehouse.table.ColumnType.DOUBLE;
import static org.corridor.warehouse.table.ColumnType.INTEGER;
import static org.corridor.warehouse.table.ColumnType.LONG;
import static org.corridor.warehouse.table.ColumnType.STRING;
import static org.corridor.warehouse.table.ColumnType.TIMESTAMP;
import static org.corridor.warehouse.table.Layer.GOLD;
import static org.corridor.warehouse.table.TableBuilder.table;

import java.util.List;

/**
 * Gold tables: indicator observations, progress assessments and vintages, as the API serves them.
 */
public final class GoldTables {

  /** Disaggregation columns of an observation; null where the indicator has no such breakdown. */
  public static final List<String> DISAGGREGATIONS =
      List.of("sex", "age", "origin", "destination", "provider_type", "policy_domain");

  public static final TableSpec INDICATOR_OBSERVATION =
      table(GOLD, "indicator_observation")
          .grain("one row per indicator, series, area, period and disaggregation")
          .required("indicator", STRING, "indicator code from the catalogue, e.g. 17.3.2")
          .required("series", STRING, "series within the indicator, e.g. the indicator code itself")
          .required("area", STRING, "ISO3 code of a country or Corridor code of an aggregate")
          .required("area_kind", STRING, "COUNTRY or AGGREGATE")
          .required("period", STRING, "year (2004) or quarter (2016-Q4)")
          .required("year", INTEGER, "calendar year of the period, for range filters")
          .optional("sex", STRING, "F, M or _T")
          .optional("age", STRING, "age band code")
          .optional("origin", STRING, "corridor origin (sending) ISO3")
          .optional("destination", STRING, "corridor destination (receiving) ISO3")
          .optional("provider_type", STRING, "remittance service provider type")
          .optional("policy_domain", STRING, "10.7.2 policy domain")
          .required("value", DOUBLE, "the observation")
          .optional("numerator", DOUBLE, "sum of the numerator over the area's components")
          .optional("denominator", DOUBLE, "sum of the denominator over the area's components")
          .required("unit", STRING, "unit code, e.g. PERCENT_GDP")
          .required("obs_status", STRING, "SDMX observation status: A normal, E estimated, ...")
          .required(
              "nature",
              STRING,
              "C country data, CA country-adjusted, E estimated, G global monitoring")
          .required("aggregation_method", STRING, "NONE for countries; the rule for aggregates")
          .optional("countries_with_data", INTEGER, "aggregates: member countries with data")
          .optional("countries_in_group", INTEGER, "aggregates: member countries in the group")
          .optional(
              "population_share", DOUBLE, "aggregates: share of the group's population covered")
          .optional("footnote", STRING, "footnote")
          .required("source", STRING, "source of the components")
          .required(Lineage.RUN_ID, STRING, "ETL run that computed the observation")
          .key(
              "indicator",
              "series",
              "area",
              "period",
              "sex",
              "age",
              "origin",
              "destination",
              "provider_type",
              "policy_domain")
          .partitionBy("indicator")
          .build();

  public static final TableSpec PROGRESS_ASSESSMENT =
      table(GOLD, "progress_assessment")
          .grain("one row per indicator, series, area and assessment method")
          .required("indicator", STRING, "indicator code")
          .required("series", STRING, "series")
          .required("area", STRING, "area code")
          .required("method", STRING, "OPEN_SDG or ESCAP")
          .required("baseline_period", STRING, "2015 or the first period after")
          .required("baseline_value", DOUBLE, "value at the baseline")
          .required("latest_period", STRING, "most recent period")
          .required("latest_value", DOUBLE, "value at the latest period")
          .optional("target_value", DOUBLE, "2030 target, where one exists")
          .optional("observed_cagr", DOUBLE, "observed compound annual growth rate")
          .optional("required_cagr", DOUBLE, "growth rate needed to reach the target by 2030")
          .optional(
              "ratio",
              DOUBLE,
              "OPEN_SDG: observed / required CAGR, signed by the desired direction; ESCAP:"
                  + " anticipated progress, (projected - baseline) / (target - baseline)")
          .optional("current_status_index", DOUBLE, "ESCAP current status index")
          .optional("projected_value", DOUBLE, "ESCAP: value projected for the target year (2030)")
          .required(
              "category",
              STRING,
              "TARGET_ACHIEVED, ON_TRACK, ACCELERATION_NEEDED, LIMITED_PROGRESS (OPEN_SDG only),"
                  + " DETERIORATION, or NOT_ASSESSABLE where the growth rate is undefined")
          .required("thresholds", STRING, "thresholds used, as written in the method")
          .required(Lineage.RUN_ID, STRING, "ETL run")
          .key("indicator", "series", "area", "method")
          .build();

  public static final TableSpec VINTAGE =
      table(GOLD, "vintage")
          .grain("one row per vintage and pinned table")
          .required("name", STRING, "vintage name, e.g. gfmd-2025")
          .required("table_name", STRING, "qualified table name, e.g. gold.indicator_observation")
          .required("table_version", LONG, "pinned Delta version")
          .required("created_at", TIMESTAMP, "creation time")
          .optional("note", STRING, "free note")
          .key("name", "table_name")
          .build();

  private GoldTables() {}

  public static List<TableSpec> all() {
    return List.of(INDICATOR_OBSERVATION, PROGRESS_ASSESSMENT, VINTAGE);
  }
}
