package org.corridor.api.activity;

import java.util.Set;

/**
 * The filters of an RCP's activity records, checked; an empty set keeps every record.
 *
 * @param roundtableTags the roundtable and sub-theme tags a record may carry to pass
 */
record RcpActivityFilters(
    Set<Integer> years,
    Set<String> activityColumns,
    Set<String> roundtableTags,
    Set<Integer> gcmObjectives,
    Set<String> countries,
    Set<String> statuses) {

  RcpActivityFilters {
    years = Set.copyOf(years);
    activityColumns = Set.copyOf(activityColumns);
    roundtableTags = Set.copyOf(roundtableTags);
    gcmObjectives = Set.copyOf(gcmObjectives);
    countries = Set.copyOf(countries);
    statuses = Set.copyOf(statuses);
  }
}
