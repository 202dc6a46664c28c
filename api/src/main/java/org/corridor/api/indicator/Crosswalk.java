package org.corridor.api.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.corridor.api.problem.ApiErrors;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.reference.GcmObjective;
import org.corridor.warehouse.reference.GcmObjectives;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.corridor.warehouse.reference.GfmdRoundtable;
import org.corridor.warehouse.reference.GfmdSubTheme;
import org.corridor.warehouse.reference.SdgFramework;
import org.corridor.warehouse.reference.SdgTarget;
import org.springframework.stereotype.Component;

/**
 * Which catalogue indicators serve an SDG target, a GCM objective or a GFMD roundtable, looked up
 * by the codes of the warehouse's reference lists. A roundtable lists the indicators tagged with
 * the roundtable itself or with any of its sub-themes, since a sub-theme is part of its roundtable;
 * a sub-theme lists only the indicators tagged with it.
 */
@Component
class Crosswalk {
  private static final Pattern TARGET_CODE = Pattern.compile("[1-9][0-9]?\\.([0-9]+|[a-z])");
  private static final Pattern OBJECTIVE_NUMBER = Pattern.compile("[0-9]{1,9}");
  private static final Pattern ROUNDTABLE_CODE = Pattern.compile("RT[0-9]+[a-z]?");

  private final IndicatorCatalogue catalogue;
  private final SdgFramework sdg;
  private final GcmObjectives gcm;
  private final GfmdAgenda gfmd;

  Crosswalk(IndicatorCatalogue catalogue, SdgFramework sdg, GcmObjectives gcm, GfmdAgenda gfmd) {
    this.catalogue = catalogue;
    this.sdg = sdg;
    this.gcm = gcm;
    this.gfmd = gfmd;
  }

  SdgTargetList sdgTargets() {
    return new SdgTargetList(
        sdg.targets().stream()
            .map(t -> SdgTargetEntry.of(t, servingSdgTarget(t.code()).size()))
            .toList());
  }

  SdgTargetIndicators sdgTarget(String code) {
    if (!TARGET_CODE.matcher(code).matches()) {
      throw ApiErrors.malformedParameter(
          "target", code, "an SDG target code: goal number, a dot, a number or letter, e.g. 10.c");
    }
    SdgTarget target =
        sdg.target(code)
            .orElseThrow(
                () ->
                    ApiErrors.unknownSdgTarget(
                        code, sdg.targets().stream().map(SdgTarget::code).toList()));
    List<Indicator> indicators = servingSdgTarget(code);
    return new SdgTargetIndicators(SdgTargetEntry.of(target, indicators.size()), views(indicators));
  }

  GcmObjectiveList gcmObjectives() {
    return new GcmObjectiveList(
        gcm.all().stream()
            .map(o -> GcmObjectiveEntry.of(o, servingGcmObjective(o.number()).size()))
            .toList());
  }

  GcmObjectiveIndicators gcmObjective(String number) {
    int last = gcm.all().size();
    if (!OBJECTIVE_NUMBER.matcher(number).matches()) {
      throw ApiErrors.malformedParameter("objective", number, "an integer from 1 to " + last);
    }
    int value = Integer.parseInt(number);
    GcmObjective objective =
        gcm.objective(value).orElseThrow(() -> ApiErrors.outOfRange("objective", value, 1, last));
    List<Indicator> indicators = servingGcmObjective(value);
    return new GcmObjectiveIndicators(
        GcmObjectiveEntry.of(objective, indicators.size()), views(indicators));
  }

  RoundtableList roundtables() {
    List<RoundtableEntry> entries = new ArrayList<>();
    for (GfmdRoundtable roundtable : gfmd.roundtables()) {
      entries.add(entry(roundtable));
      gfmd.subThemesOf(roundtable.code()).forEach(subTheme -> entries.add(entry(subTheme)));
    }
    return new RoundtableList(entries);
  }

  RoundtableIndicators roundtable(String code) {
    if (!ROUNDTABLE_CODE.matcher(code).matches()) {
      throw ApiErrors.malformedParameter(
          "roundtable", code, "a GFMD roundtable code (e.g. RT2) or sub-theme code (e.g. RT2a)");
    }
    Optional<GfmdRoundtable> roundtable = gfmd.roundtable(code);
    if (roundtable.isPresent()) {
      return new RoundtableIndicators(entry(roundtable.get()), views(listedByRoundtable(code)));
    }
    GfmdSubTheme subTheme =
        gfmd.subTheme(code).orElseThrow(() -> ApiErrors.unknownRoundtable(code, codes()));
    return new RoundtableIndicators(entry(subTheme), views(listedBySubTheme(code)));
  }

  /** Roundtable and sub-theme codes in the order the list endpoint answers them. */
  private List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (GfmdRoundtable roundtable : gfmd.roundtables()) {
      codes.add(roundtable.code());
      gfmd.subThemesOf(roundtable.code()).forEach(subTheme -> codes.add(subTheme.code()));
    }
    return codes;
  }

  private RoundtableEntry entry(GfmdRoundtable roundtable) {
    return new RoundtableEntry(
        roundtable.code(),
        RoundtableKind.ROUNDTABLE,
        roundtable.title(),
        roundtable.theme(),
        null,
        listedByRoundtable(roundtable.code()).size());
  }

  private RoundtableEntry entry(GfmdSubTheme subTheme) {
    return new RoundtableEntry(
        subTheme.code(),
        RoundtableKind.SUB_THEME,
        subTheme.title(),
        gfmd.roundtable(subTheme.roundtable()).orElseThrow().theme(),
        subTheme.roundtable(),
        listedBySubTheme(subTheme.code()).size());
  }

  private List<Indicator> servingSdgTarget(String code) {
    return select(indicator -> indicator.sdgTargets().contains(code));
  }

  private List<Indicator> servingGcmObjective(int number) {
    return select(indicator -> indicator.gcmObjectives().contains(number));
  }

  private List<Indicator> listedByRoundtable(String code) {
    return select(
        indicator -> indicator.gfmdRoundtables().stream().anyMatch(tag -> isWithin(tag, code)));
  }

  private List<Indicator> listedBySubTheme(String code) {
    return select(indicator -> indicator.gfmdRoundtables().contains(code));
  }

  private boolean isWithin(String tag, String roundtable) {
    return tag.equals(roundtable)
        || gfmd.subTheme(tag).map(s -> s.roundtable().equals(roundtable)).orElse(false);
  }

  private List<Indicator> select(Predicate<Indicator> serves) {
    return catalogue.all().stream().filter(serves).toList();
  }

  private static List<IndicatorView> views(List<Indicator> indicators) {
    return indicators.stream().map(IndicatorView::of).toList();
  }
}
