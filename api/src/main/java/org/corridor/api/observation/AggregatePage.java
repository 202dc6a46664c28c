package org.corridor.api.observation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridor.api.format.CsvTable;
import org.corridor.api.format.TableFields;
import org.corridor.api.vintage.Edition;

/** One page of aggregates computed on request, naming the countries and the table version. */
@Schema(name = "AggregatePage", description = "One page of aggregates computed on request")
record AggregatePage(
    @Schema(description = "Indicator code", example = "17.3.2") String indicator,
    @Schema(
            description = "The group aggregated, or null for a list of countries",
            nullable = true,
            example = "M49_013")
        String group,
    @Schema(description = "The countries aggregated over", example = "[\"GTM\", \"MEX\", \"SLV\"]")
        List<String> countries,
    @Schema(description = "The indicator's aggregation rule", example = "RATIO_OF_SUMS")
        String aggregationMethod,
    @Schema(description = "Factor a ratio or share is multiplied by", example = "100") double scale,
    @Schema(description = "Vintage answered from; null for the latest data", nullable = true)
        String vintage,
    @Schema(description = "Instant answered as of; null unless asOf was given", nullable = true)
        String asOf,
    @Schema(description = "Delta version of gold.indicator_observation", example = "12")
        long tableVersion,
    PageInfo page,
    @Schema(description = "Aggregates sorted by series, period and breakdowns")
        List<AggregateValue> aggregates)
    implements CsvTable {

  private static final RecordComponent[] FIELDS = AggregateValue.class.getRecordComponents();

  static AggregatePage of(
      String indicator,
      String group,
      List<String> countries,
      String method,
      double scale,
      Edition edition,
      long tableVersion,
      List<AggregateValue> aggregates,
      Paging paging) {
    int total = aggregates.size();
    return new AggregatePage(
        indicator,
        group,
        countries,
        method,
        scale,
        edition.vintage(),
        edition.asOf() == null ? null : edition.asOf().toString(),
        tableVersion,
        paging.describe(total),
        aggregates.subList(paging.start(total), paging.end(total)));
  }

  @Override
  public List<String> csvHeader() {
    return Arrays.stream(FIELDS).map(RecordComponent::getName).toList();
  }

  @Override
  public List<List<String>> csvRecords() {
    List<List<String>> records = new ArrayList<>(aggregates.size());
    for (AggregateValue aggregate : aggregates) {
      List<String> record = new ArrayList<>(FIELDS.length);
      for (RecordComponent field : FIELDS) {
        record.add(TableFields.csvText(read(field, aggregate)));
      }
      records.add(record);
    }
    return records;
  }

  private static Object read(RecordComponent field, AggregateValue aggregate) {
    try {
      return field.getAccessor().invoke(aggregate);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + field.getName(), e);
    }
  }
}
