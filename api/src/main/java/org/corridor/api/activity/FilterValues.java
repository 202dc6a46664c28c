package org.corridor.api.activity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridor.api.http.QueryValues;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.reference.GcmObjectives;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.corridor.warehouse.reference.GfmdRoundtable;
import org.springframework.stereotype.Component;

/**
 * Parses and checks the filters of the activity endpoints against the warehouse's code lists. Each
 * filter is repeated or comma-separated and keeps a record matching any of its values; an absent
 * filter gives an empty set, which keeps every record.
 */
@Component
class FilterValues {
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  private final Areas areas;
  private final GcmObjectives gcm;
  private final GfmdAgenda gfmd;

  FilterValues(Areas areas, GcmObjectives gcm, GfmdAgenda gfmd) {
    this.areas = areas;
    this.gcm = gcm;
    this.gfmd = gfmd;
  }

  Set<Integer> years(List<String> values) {
    Set<Integer> years = new LinkedHashSet<>();
    for (String value : QueryValues.parts(values)) {
      years.add(QueryValues.year("year", value));
    }
    return years;
  }

  /** Values of a closed vocabulary, e.g. a status. */
  Set<String> oneOf(String parameter, List<String> values, List<String> allowed) {
    Set<String> kept = new LinkedHashSet<>();
    for (String value : QueryValues.parts(values)) {
      if (!allowed.contains(value)) {
        throw ApiErrors.unsupportedValue(parameter, value, allowed);
      }
      kept.add(value);
    }
    return kept;
  }

  Set<Integer> gcmObjectives(List<String> values) {
    int last = gcm.all().size();
    Set<Integer> objectives = new LinkedHashSet<>();
    for (String value : QueryValues.parts(values)) {
      if (!NUMBER.matcher(value).matches()) {
        throw ApiErrors.malformedParameter("gcmObjective", value, "an integer from 1 to " + last);
      }
      int number = Integer.parseInt(value);
      if (!gcm.contains(number)) {
        throw ApiErrors.outOfRange("gcmObjective", number, 1, last);
      }
      objectives.add(number);
    }
    return objectives;
  }

  Set<String> countries(List<String> values) {
    Set<String> countries = new LinkedHashSet<>();
    for (String value : QueryValues.parts(values)) {
      if (areas.country(value).isEmpty()) {
        throw ApiErrors.malformedParameter(
            "country", value, "the ISO 3166-1 alpha-3 code of a country, upper case, e.g. PHL");
      }
      countries.add(value);
    }
    return countries;
  }

  /**
   * The tags a roundtable filter matches: a sub-theme matches itself, and a roundtable matches
   * itself and its sub-themes, since a sub-theme is part of its roundtable (as the crosswalk lists
   * indicators).
   */
  Set<String> roundtableTags(List<String> values) {
    Set<String> tags = new LinkedHashSet<>();
    for (String value : QueryValues.parts(values)) {
      if (!gfmd.isRoundtableOrSubTheme(value)) {
        throw ApiErrors.unsupportedValue("roundtable", value, roundtableCodes());
      }
      tags.add(value);
      gfmd.subThemesOf(value).forEach(subTheme -> tags.add(subTheme.code()));
    }
    return tags;
  }

  private List<String> roundtableCodes() {
    List<String> codes = new ArrayList<>();
    for (GfmdRoundtable roundtable : gfmd.roundtables()) {
      codes.add(roundtable.code());
      gfmd.subThemesOf(roundtable.code()).forEach(subTheme -> codes.add(subTheme.code()));
    }
    return codes;
  }
}
