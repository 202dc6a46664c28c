package org.corridor.etl.source.mmp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.etl.EtlErrors;
import org.corridor.warehouse.table.BronzeTables;

/**
 * Where each column of bronze.mmp_incident is in a Missing Migrants download, found by name. IOM
 * renamed columns over time: the current download writes {@code Region}, {@code Year}, {@code
 * Number Dead} and {@code Location of death} where the earlier one wrote {@code Region of
 * Incident}, {@code Incident Year}, {@code Number of Dead} and {@code Location of Incident}, and
 * only the earlier one has {@code Incident Type}, {@code Total Number of Dead and Missing} and
 * {@code Country of Incident}. Names are compared without regard to case ("Migration route",
 * "Migration Route").
 */
final class MissingMigrantsColumns {
  /** Bronze column, then every header name IOM has used for it. */
  private static final Map<String, List<String>> NAMES = names();

  private static final List<String> REQUIRED =
      List.of("incident_id", "incident_year", "number_dead", "minimum_missing");

  private final int width;
  private final int[] positions;

  private MissingMigrantsColumns(int width, int[] positions) {
    this.width = width;
    this.positions = positions;
  }

  static MissingMigrantsColumns of(Path file, List<String> header) {
    Map<String, String> columnByName = new LinkedHashMap<>();
    NAMES.forEach((column, names) -> names.forEach(n -> columnByName.put(key(n), column)));
    Map<String, Integer> found = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String column = columnByName.get(key(header.get(i)));
      if (column == null || found.put(column, i) != null) {
        unknown.add(header.get(i));
      }
    }
    if (!unknown.isEmpty() || !found.keySet().containsAll(REQUIRED)) {
      throw EtlErrors.malformedHeader(
          file,
          "a Missing Migrants header with Incident ID, Year, Number Dead and Minimum Estimated"
              + " Number of Missing, and only columns IOM publishes"
              + (unknown.isEmpty() ? "" : " (unknown or repeated: " + unknown + ")"),
          header.toString());
    }
    int[] positions =
        BronzeTables.MMP_INCIDENT.columnNames().stream()
            .filter(c -> !c.startsWith("_"))
            .mapToInt(c -> found.getOrDefault(c, -1))
            .toArray();
    return new MissingMigrantsColumns(header.size(), positions);
  }

  /** Whether a header line is a Missing Migrants header, by two columns only it has. */
  static boolean isHeader(List<String> header) {
    List<String> keys = header.stream().map(MissingMigrantsColumns::key).toList();
    return keys.contains(key("Incident ID"))
        && keys.contains(key("Minimum Estimated Number of Missing"));
  }

  int width() {
    return width;
  }

  /** A record's fields in bronze column order; a column the download lacks is empty. */
  List<String> bronzeCells(List<String> fields) {
    List<String> cells = new ArrayList<>(positions.length);
    for (int position : positions) {
      cells.add(position < 0 ? "" : fields.get(position).strip());
    }
    return cells;
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Map<String, List<String>> names() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("main_id", List.of("Main ID"));
    names.put("incident_id", List.of("Incident ID"));
    names.put("incident_type", List.of("Incident Type"));
    names.put("region_of_incident", List.of("Region", "Region of Incident"));
    names.put("incident_date", List.of("Incident Date"));
    names.put("incident_year", List.of("Year", "Incident Year"));
    names.put("reported_month", List.of("Reported Month"));
    names.put("number_dead", List.of("Number Dead", "Number of Dead"));
    names.put("minimum_missing", List.of("Minimum Estimated Number of Missing"));
    names.put("total_dead_and_missing", List.of("Total Number of Dead and Missing"));
    names.put("number_of_survivors", List.of("Number of Survivors"));
    names.put("number_of_females", List.of("Number of Females"));
    names.put("number_of_males", List.of("Number of Males"));
    names.put("number_of_children", List.of("Number of Children"));
    names.put("region_of_origin", List.of("Region of Origin"));
    names.put("cause_of_death", List.of("Cause of Death"));
    names.put("country_of_origin", List.of("Country of Origin"));
    names.put("country_of_incident", List.of("Country of Incident"));
    names.put("location", List.of("Location of death", "Location of Incident"));
    names.put("information_source", List.of("Information Source"));
    names.put("coordinates", List.of("Coordinates"));
    names.put("migration_route", List.of("Migration route"));
    names.put("url", List.of("URL"));
    names.put("unsd_grouping", List.of("UNSD Geographical Grouping"));
    names.put("source_quality", List.of("Source Quality"));
    return names;
  }
}
