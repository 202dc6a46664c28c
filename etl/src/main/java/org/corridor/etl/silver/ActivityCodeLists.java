package org.corridor.etl.silver;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corridor.warehouse.reference.GcmObjectives;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.corridor.warehouse.reference.GfmdRoundtable;
import org.corridor.warehouse.reference.GfmdSubTheme;
import org.corridor.warehouse.reference.Rcps;
import org.corridor.warehouse.reference.SdgFramework;
import org.corridor.warehouse.reference.SdgTarget;

/**
 * The code lists activity records are checked against, as plain values a Spark expression can hold:
 * countries, RCPs with their annex group, GFMD roundtables and sub-themes, GCM objectives and SDG
 * targets.
 *
 * @param rcpGroups every RCP code, with the thematic group the RCP annex gives it, if any
 * @param roundtableThemes every roundtable code (RT1) with its theme (T1)
 * @param subThemeRoundtables every sub-theme code (RT1a) with its roundtable (RT1)
 * @param gcmObjectives the objective numbers as written in a file ("1" to "23")
 */
public record ActivityCodeLists(
    Set<String> countries,
    Map<String, Optional<Integer>> rcpGroups,
    Map<String, String> roundtableThemes,
    Map<String, String> subThemeRoundtables,
    Set<String> gcmObjectives,
    Set<String> sdgTargets) {

  public ActivityCodeLists {
    countries = Set.copyOf(requireNonNull(countries, "countries is null"));
    rcpGroups = Map.copyOf(requireNonNull(rcpGroups, "rcpGroups is null"));
    roundtableThemes = Map.copyOf(requireNonNull(roundtableThemes, "roundtableThemes is null"));
    subThemeRoundtables =
        Map.copyOf(requireNonNull(subThemeRoundtables, "subThemeRoundtables is null"));
    gcmObjectives = Set.copyOf(requireNonNull(gcmObjectives, "gcmObjectives is null"));
    sdgTargets = Set.copyOf(requireNonNull(sdgTargets, "sdgTargets is null"));
  }

  /** The code lists shipped with the warehouse, with the given country codes. */
  public static ActivityCodeLists load(Set<String> countries) {
    Map<String, Optional<Integer>> groups = new LinkedHashMap<>();
    Rcps.load().all().forEach(rcp -> groups.put(rcp.code(), rcp.annexGroup()));
    GfmdAgenda agenda = GfmdAgenda.load();
    return new ActivityCodeLists(
        countries,
        groups,
        agenda.roundtables().stream()
            .collect(Collectors.toMap(GfmdRoundtable::code, GfmdRoundtable::theme)),
        agenda.subThemes().stream()
            .collect(Collectors.toMap(GfmdSubTheme::code, GfmdSubTheme::roundtable)),
        GcmObjectives.load().all().stream()
            .map(objective -> Integer.toString(objective.number()))
            .collect(Collectors.toSet()),
        SdgFramework.load().targets().stream().map(SdgTarget::code).collect(Collectors.toSet()));
  }

  /** The codes a GFMD tag may name: roundtables and sub-themes. */
  Set<String> gfmdTags() {
    return Stream.concat(roundtableThemes.keySet().stream(), subThemeRoundtables.keySet().stream())
        .collect(Collectors.toSet());
  }
}
