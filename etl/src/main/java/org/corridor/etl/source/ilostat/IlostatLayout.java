package org.corridor.etl.source.ilostat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.etl.EtlErrors;
import org.corridor.warehouse.table.BronzeTables;

/**
 * Where each column of bronze.ilostat_observation is in a file's lines, read off its header. Both
 * ILOSTAT layouts name their columns, and which ones appear varies (a series without a second
 * classification has no {@code classif2}), so columns are found by name, never by position.
 */
final class IlostatLayout {
  /** The published columns of bronze.ilostat_observation, in the table's order. */
  static final List<String> BRONZE_COLUMNS =
      BronzeTables.ILOSTAT_OBSERVATION.columnNames().stream()
          .filter(c -> !c.startsWith("_"))
          .toList();

  private static final List<String> BULK_REQUIRED =
      List.of("ref_area", "indicator", "time", "obs_value");
  private static final Set<String> BULK_COLUMNS =
      Set.of(
          "ref_area",
          "source",
          "indicator",
          "sex",
          "classif1",
          "classif2",
          "time",
          "obs_value",
          "obs_status",
          "note_classif",
          "note_indicator",
          "note_source");

  /** SDMX-CSV attributes after the observation value, and the bronze column each fills. */
  private static final Map<String, String> SDMX_ATTRIBUTES =
      Map.of(
          "OBS_STATUS", "obs_status",
          "UNIT_MEASURE", "unit_measure",
          "UNIT_MULT", "unit_mult",
          "SOURCE", "source",
          "NOTE_SOURCE", "note_source",
          "NOTE_INDICATOR", "note_indicator",
          "NOTE_CLASSIF", "note_classif");

  /**
   * Attributes ILOSTAT's SDMX-CSV carries that say nothing about a count of persons: the unit's
   * type (implied by the unit), display decimals, and confidence bounds of modelled estimates.
   */
  private static final Set<String> SDMX_IGNORED =
      Set.of("UNIT_MEASURE_TYPE", "DECIMALS", "UPPER_BOUND", "LOWER_BOUND");

  private static final List<String> SDMX_LEADING =
      List.of("DATAFLOW", "REF_AREA", "FREQ", "MEASURE");

  private final int width;
  private final int[] positions;

  private IlostatLayout(int width, Map<String, Integer> positionOf) {
    this.width = width;
    this.positions =
        BRONZE_COLUMNS.stream().mapToInt(c -> positionOf.getOrDefault(c, -1)).toArray();
  }

  /** Whether a header is that of a bulk CSV in the label flavour, which Corridor does not read. */
  static boolean isLabelFlavour(List<String> header) {
    return header.contains("ref_area.label");
  }

  static boolean isBulk(List<String> header) {
    return header.contains("ref_area") && header.contains("indicator");
  }

  static boolean isSdmx(List<String> header) {
    return !header.isEmpty() && header.get(0).equals("DATAFLOW");
  }

  /** The bulk CSV, code flavour: {@code ref_area,source,indicator,sex,classif1,...}. */
  static IlostatLayout bulk(Path file, List<String> header) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!BULK_COLUMNS.contains(name) || positions.put(name, i) != null) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty() || !positions.keySet().containsAll(BULK_REQUIRED)) {
      throw EtlErrors.malformedHeader(
          file,
          "an ILOSTAT bulk header with " + BULK_REQUIRED + " among the columns " + BULK_COLUMNS,
          header.toString());
    }
    return new IlostatLayout(header.size(), positions);
  }

  /**
   * SDMX-CSV: {@code DATAFLOW,REF_AREA,FREQ,MEASURE}, then the series' classification dimensions
   * ({@code SEX}, {@code AGE}, {@code CBR}, ...), then {@code TIME_PERIOD,OBS_VALUE} and the
   * attributes. {@code MEASURE} is not kept: it repeats the dataflow without its classifications.
   */
  static IlostatLayout sdmx(Path file, List<String> header) {
    int time = header.indexOf("TIME_PERIOD");
    String expected =
        "SDMX-CSV header DATAFLOW,REF_AREA,FREQ,MEASURE,<dimensions>,TIME_PERIOD,OBS_VALUE,"
            + "<attributes among "
            + SDMX_ATTRIBUTES.keySet()
            + ">";
    if (header.size() < SDMX_LEADING.size()
        || !header.subList(0, SDMX_LEADING.size()).equals(SDMX_LEADING)
        || time < 0
        || time + 1 >= header.size()
        || !header.get(time + 1).equals("OBS_VALUE")) {
      throw EtlErrors.malformedHeader(file, expected, header.toString());
    }
    Map<String, Integer> positions = new LinkedHashMap<>();
    positions.put("indicator", 0);
    positions.put("ref_area", 1);
    positions.put("freq", 2);
    List<String> classifications = new ArrayList<>(List.of("classif1", "classif2"));
    for (int i = SDMX_LEADING.size(); i < time; i++) {
      if (header.get(i).equals("SEX")) {
        positions.put("sex", i);
      } else if (classifications.isEmpty()) {
        throw EtlErrors.malformedHeader(
            file, "at most two classifications besides SEX", header.toString());
      } else {
        positions.put(classifications.remove(0), i);
      }
    }
    positions.put("time", time);
    positions.put("obs_value", time + 1);
    Set<String> seen = new HashSet<>();
    for (int i = time + 2; i < header.size(); i++) {
      String name = header.get(i);
      if (!seen.add(name) || !(SDMX_ATTRIBUTES.containsKey(name) || SDMX_IGNORED.contains(name))) {
        throw EtlErrors.malformedHeader(file, expected, header.toString());
      }
      if (SDMX_ATTRIBUTES.containsKey(name)) {
        positions.put(SDMX_ATTRIBUTES.get(name), i);
      }
    }
    return new IlostatLayout(header.size(), positions);
  }

  int width() {
    return width;
  }

  /** A line's fields in bronze column order; a column the file lacks is empty. */
  List<String> bronzeCells(List<String> fields) {
    List<String> cells = new ArrayList<>(positions.length);
    for (int position : positions) {
      cells.add(position < 0 ? "" : fields.get(position).strip());
    }
    return cells;
  }

  /** The indicator or dataflow cell of a line. */
  String indicator(List<String> fields) {
    return fields.get(positions[BRONZE_COLUMNS.indexOf("indicator")]).strip();
  }
}
