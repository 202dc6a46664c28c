package org.corridor.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.api.observation.StoreQuery;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.area.GroupKind;

/**
 * The filtered slices issue 5 times: each as an API request, as the store answers it, and as the
 * same SQL over the table's Parquet files for DuckDB, in the store's row order.
 */
enum SliceQuery {
  AREA_YEARS(
      "17.3.2 for 4 countries, 2010-2020",
      "17.3.2",
      List.of("MEX", "GTM", "SLV", "HND"),
      "2010",
      "2020",
      Map.of(),
      null),
  CORRIDOR(
      "10.c.1 for the corridor USA to MEX, every quarter and year",
      "10.c.1",
      List.of(),
      null,
      null,
      Map.of("origin", List.of("USA"), "destination", List.of("MEX")),
      null),
  LATEST_GROUP(
      "LABOUR.MIGRANT_WORKERS, latest=1 for every country of MEX's SDG region, by sex and age",
      "LABOUR.MIGRANT_WORKERS",
      sdgRegionOf("MEX"),
      null,
      null,
      Map.of(),
      1);

  /** The store's order: indicator, area, period, then the rest of the natural key. */
  private static final String ORDER =
      " ORDER BY area, period, series, sex, age, origin, destination, provider_type,"
          + " policy_domain";

  private static final String SERIES_KEY =
      "series, area, sex, age, origin, destination, provider_type, policy_domain";

  private final String description;
  private final String indicator;
  private final List<String> areas;
  private final String from;
  private final String to;
  private final Map<String, List<String>> breakdowns;
  private final Integer latest;

  SliceQuery(
      String description,
      String indicator,
      List<String> areas,
      String from,
      String to,
      Map<String, List<String>> breakdowns,
      Integer latest) {
    this.description = description;
    this.indicator = indicator;
    this.areas = areas;
    this.from = from;
    this.to = to;
    this.breakdowns = breakdowns;
    this.latest = latest;
  }

  String description() {
    return description;
  }

  /** The request's path and query string on the API. */
  String path() {
    List<String> parameters = new ArrayList<>();
    if (!areas.isEmpty()) {
      parameters.add("area=" + String.join(",", areas));
    }
    if (from != null) {
      parameters.add("from=" + from + "&to=" + to);
    }
    // Reverse order puts origin before destination, as a corridor is written.
    breakdowns.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Collections.reverseOrder()))
        .forEach(e -> parameters.add(e.getKey() + "=" + String.join(",", e.getValue())));
    if (latest != null) {
      parameters.add("latest=" + latest);
    }
    return "/api/v1/indicators/" + indicator + "/observations?" + String.join("&", parameters);
  }

  StoreQuery store() {
    return StoreQuery.of(indicator, new LinkedHashSet<>(areas), from, to, breakdowns, latest);
  }

  /** The same slice as a DuckDB statement over the view {@code observation}. */
  PreparedStatement prepare(Connection duckdb) throws SQLException {
    List<String> conditions = new ArrayList<>();
    List<String> values = new ArrayList<>();
    conditions.add("indicator = ?");
    values.add(indicator);
    if (!areas.isEmpty()) {
      conditions.add("area IN (" + String.join(", ", Collections.nCopies(areas.size(), "?")) + ")");
      values.addAll(areas);
    }
    if (from != null) {
      conditions.add("year BETWEEN " + from + " AND " + to);
    }
    breakdowns.forEach(
        (parameter, given) -> {
          conditions.add(
              column(parameter)
                  + " IN ("
                  + String.join(", ", Collections.nCopies(given.size(), "?"))
                  + ")");
          values.addAll(given);
        });
    String sql = "SELECT * FROM observation WHERE " + String.join(" AND ", conditions);
    if (latest != null) {
      sql +=
          " QUALIFY row_number() OVER (PARTITION BY "
              + SERIES_KEY
              + " ORDER BY period DESC) <= "
              + latest;
    }
    PreparedStatement statement = duckdb.prepareStatement(sql + ORDER);
    for (int i = 0; i < values.size(); i++) {
      statement.setString(i + 1, values.get(i));
    }
    return statement;
  }

  /** The gold column a breakdown parameter filters: providerType is provider_type. */
  private static String column(String parameter) {
    return parameter.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  private static List<String> sdgRegionOf(String country) {
    return Areas.load().groups(GroupKind.SDG_REGION).stream()
        .filter(group -> group.members().contains(country))
        .map(AreaGroup::members)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(country + " is in no SDG region"));
  }
}
