package org.corridor.api.activity;

import java.util.Set;

/**
 * The filters of GFMD activity records, checked; an empty set keeps every record.
 *
 * @param roundtableTags the roundtable and sub-theme codes a record may be filed under to pass, a
 *     roundtable with its sub-themes
 */
record GfmdActivityFilters(
    Set<Integer> years,
    Set<String> roundtableTags,
    Set<Integer> gcmObjectives,
    Set<String> countries,
    Set<String> recordTypes) {

  GfmdActivityFilters {
    years = Set.copyOf(years);
    roundtableTags = Set.copyOf(roundtableTags);
    gcmObjectives = Set.copyOf(gcmObjectives);
    countries = Set.copyOf(countries);
    recordTypes = Set.copyOf(recordTypes);
  }
}
