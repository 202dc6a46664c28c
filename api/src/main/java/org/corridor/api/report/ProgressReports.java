package org.corridor.api.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.api.report.ProgressReport.ActivitySummary;
import org.corridor.api.report.ProgressReport.CorridorCost;
import org.corridor.api.report.ProgressReport.CorridorCosts;
import org.corridor.api.report.ProgressReport.IndicatorReport;
import org.corridor.api.report.ProgressReport.ReportSection;
import org.corridor.api.report.ProgressReport.TableVersion;
import org.corridor.api.store.DoubleColumn;
import org.corridor.api.store.GoldStore;
import org.corridor.api.store.ObservationSnapshot;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.vintage.Edition;
import org.corridor.api.vintage.EditionSnapshot;
import org.corridor.api.vintage.VintageEntry;
import org.corridor.api.vintage.Vintages;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.area.GroupKind;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.reference.GcmObjectives;
import org.corridor.warehouse.reference.SdgFramework;
import org.corridor.warehouse.reference.SdgTarget;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;
import org.springframework.stereotype.Component;

/**
 * Builds the annual progress report from the snapshots the endpoints answer from: the observations
 * and assessments as the vintage pinned them (or the latest), the activity records as served.
 */
@Component
class ProgressReports {
  /** GCM objectives 19 to 21: diaspora contributions, remittances, return and reintegration. */
  static final List<Integer> GCM_OBJECTIVES = List.of(19, 20, 21);

  static final String REMITTANCE_COST = "10.c.1";
  static final String CORRIDOR_SERIES = "CORRIDOR_USD200";

  /** World Bank: the corridor ceiling of SDG 10.c, in per cent of the amount sent. */
  static final double CORRIDOR_CEILING = 5.0;

  private static final int CORRIDORS_LISTED = 5;

  private final Vintages vintages;
  private final GoldStore store;
  private final IndicatorCatalogue catalogue;
  private final SdgFramework sdg;
  private final GcmObjectives gcm;
  private final Areas areas;
  private final ActivityCounts activityCounts;

  ProgressReports(
      Vintages vintages,
      GoldStore store,
      IndicatorCatalogue catalogue,
      SdgFramework sdg,
      GcmObjectives gcm,
      Areas areas,
      ActivityCounts activityCounts) {
    this.vintages = vintages;
    this.store = store;
    this.catalogue = catalogue;
    this.sdg = sdg;
    this.gcm = gcm;
    this.areas = areas;
    this.activityCounts = activityCounts;
  }

  /** The report for a year from a vintage, or from the latest data where vintage is null. */
  ProgressReport build(int year, String vintage) {
    Edition edition = vintages.edition(vintage, null);
    EditionSnapshot observationRead = vintages.snapshot(edition, ObservationSnapshot.TABLE);
    EditionSnapshot assessmentRead = vintages.snapshot(edition, GoldTables.PROGRESS_ASSESSMENT);
    ObservationSnapshot observations = ObservationSnapshot.of(observationRead.snapshot());
    TableSnapshot assessments = assessmentRead.snapshot();
    ActivitySummary activities = activityCounts.count(store.current(SilverTables.GFMD_ACTIVITY));
    boolean pinned = edition.vintage() != null;
    List<TableVersion> versions =
        List.of(
            new TableVersion(
                GoldTables.INDICATOR_OBSERVATION.qualifiedName(), observations.version(), pinned),
            new TableVersion(
                GoldTables.PROGRESS_ASSESSMENT.qualifiedName(), assessments.version(), pinned),
            new TableVersion(
                SilverTables.GFMD_ACTIVITY.qualifiedName(), activities.gfmdVersion(), false),
            new TableVersion(
                SilverTables.RCP_ACTIVITY.qualifiedName(),
                activities.rcps().tableVersion(),
                false));
    Set<String> sources = new TreeSet<>();
    List<AreaGroup> regions = areas.groups(GroupKind.SDG_REGION);
    IndicatorFigures figures =
        new IndicatorFigures(observations, assessments, regions, year, sources);
    List<ReportSection> sections = new ArrayList<>();
    for (SdgTarget target : sdg.targets()) {
      List<Indicator> serving =
          catalogue.all().stream().filter(i -> i.sdgTargets().contains(target.code())).toList();
      if (!serving.isEmpty()) {
        sections.add(
            new ReportSection(
                "SDG target " + target.code(), target.title(), reports(serving, figures)));
      }
    }
    for (int number : GCM_OBJECTIVES) {
      gcm.objective(number)
          .ifPresent(
              objective ->
                  sections.add(
                      new ReportSection(
                          "GCM objective " + number,
                          objective.title(),
                          reports(
                              catalogue.all().stream()
                                  .filter(i -> i.gcmObjectives().contains(number))
                                  .toList(),
                              figures))));
    }
    VintageEntry entry = pinned ? vintages.require("vintage", edition.vintage()) : null;
    return new ProgressReport(
        year,
        edition.label(),
        entry == null ? null : entry.createdAt(),
        versions,
        sections,
        corridorCosts(observations, year),
        activities,
        List.copyOf(sources));
  }

  private static List<IndicatorReport> reports(
      List<Indicator> indicators, IndicatorFigures figures) {
    return indicators.stream().map(figures::of).toList();
  }

  private CorridorCosts corridorCosts(ObservationSnapshot observations, int year) {
    YearlyObservations yearly = new YearlyObservations(observations, REMITTANCE_COST, year);
    List<Integer> rows = yearly.corridorsOfLatestYear(CORRIDOR_SERIES);
    if (rows.isEmpty()) {
      return new CorridorCosts(CORRIDOR_SERIES, null, 0, List.of(), List.of(), List.of());
    }
    DoubleColumn value = yearly.value();
    List<CorridorCost> costs = rows.stream().map(row -> cost(observations, row)).toList();
    List<CorridorCost> cheapest =
        new ArrayList<>(costs.subList(Math.max(0, costs.size() - CORRIDORS_LISTED), costs.size()));
    Collections.reverse(cheapest);
    List<CorridorCost> above =
        rows.stream()
            .filter(row -> value.doubleValue(row) > CORRIDOR_CEILING)
            .map(row -> cost(observations, row))
            .toList();
    return new CorridorCosts(
        CORRIDOR_SERIES,
        observations.text("period").value(rows.get(0)),
        rows.size(),
        costs.subList(0, Math.min(CORRIDORS_LISTED, costs.size())),
        cheapest,
        above);
  }

  private CorridorCost cost(ObservationSnapshot observations, int row) {
    return new CorridorCost(
        countryName(observations.text("origin").value(row)),
        countryName(observations.text("destination").value(row)),
        Figures.value(observations.table().doubles("value").doubleValue(row)));
  }

  private String countryName(String iso3) {
    return areas.country(iso3).map(area -> area.name() + " (" + iso3 + ")").orElse(iso3);
  }
}
