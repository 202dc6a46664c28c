package org.corridor.api.observation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.api.format.CsvTable;
import org.corridor.api.format.TableFields;

/** A migration corridor's observations, grouped by indicator. */
@Schema(name = "CorridorPage", description = "A migration corridor's observations by indicator")
record CorridorPage(
    @Schema(description = "The migrants' country of origin", example = "MEX") String origin,
    @Schema(description = "The country they live or work in", example = "USA") String destination,
    @Schema(description = "Vintage answered from; null for the latest data", nullable = true)
        String vintage,
    @Schema(description = "Instant answered as of; null unless asOf was given", nullable = true)
        String asOf,
    @Schema(description = "Delta version of gold.indicator_observation", example = "12")
        long tableVersion,
    List<Group> indicators)
    implements CsvTable {

  /** One indicator's observations of the corridor, and which way they flow. */
  @Schema(name = "CorridorIndicator")
  record Group(
      @Schema(example = "10.c.1") String indicator,
      @Schema(example = "Remittance costs as a proportion of the amount remitted") String name,
      @Schema(
              description =
                  "MIGRANTS: figures about the migrants (origin and destination as in the path);"
                      + " REMITTANCES: money they send home, from the destination to the origin",
              example = "REMITTANCES")
          CorridorIndicators.Flow flow,
      @Schema(description = "Where the flow starts", example = "USA") String from,
      @Schema(description = "Where the flow ends", example = "MEX") String to,
      @Schema(description = "Fields as in the observations endpoint, sorted by area and period")
          List<Map<String, Object>> observations) {}

  @Override
  public List<String> csvHeader() {
    List<String> header = new ArrayList<>();
    header.add("indicator");
    header.addAll(ObservationFields.names());
    return header;
  }

  @Override
  public List<List<String>> csvRecords() {
    List<List<String>> records = new ArrayList<>();
    for (Group group : indicators) {
      for (Map<String, Object> observation : group.observations()) {
        List<String> record = new ArrayList<>();
        record.add(group.indicator());
        record.addAll(TableFields.csvRecord(observation, ObservationFields.names()));
        records.add(record);
      }
    }
    return records;
  }
}
