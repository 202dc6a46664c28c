package org.corridor.etl.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunLog;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.TableCommit;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.gold.GoldIndicatorJob;
import org.corridor.etl.gold.GoldInputs;
import org.corridor.etl.gold.GoldJobs;
import org.corridor.etl.gold.ProgressAssessmentGold;
import org.corridor.etl.gold.Sdg1732CrossCheck;
import org.corridor.etl.gold.Sdg1732Gold;
import org.corridor.etl.silver.ActivityCodeLists;
import org.corridor.etl.silver.AreaRoles;
import org.corridor.etl.silver.ReferenceTables;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.mmp.OriginNames;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.AreaNames;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.SilverTables;

/**
 * One ETL run over a set of input files: each file to bronze and silver (or quarantine), then the
 * reference tables and gold indicators, then the audit record. Files already loaded are skipped,
 * and every write commits only what changed, so running twice on the same files changes nothing.
 */
public final class EtlPipeline {
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Warehouse warehouse;
  private final Areas areas;
  private final Progress progress;
  private final RunLog runLog;
  private final IndicatorCatalogue catalogue;
  private final String modelVersion;
  private final Set<String> countries;

  public EtlPipeline(Warehouse warehouse, Areas areas, Progress progress) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.areas = requireNonNull(areas, "areas is null");
    this.progress = requireNonNull(progress, "progress is null");
    this.runLog = new RunLog(warehouse);
    this.catalogue = IndicatorCatalogue.load();
    this.modelVersion = ModelVersion.of(areas, catalogue);
    this.countries = areas.countries().stream().map(Area::iso3).collect(Collectors.toSet());
  }

  /** Runs on every file in a folder (not recursing into sub-folders), in name order. */
  public RunSummary runFolder(Path folder, String command) {
    List<Path> files = InputFolder.files(folder);
    if (files.isEmpty()) {
      throw EtlErrors.noInputs(folder);
    }
    return run(files, Optional.empty(), command);
  }

  /** Runs on the given files; {@code kind} forces their format instead of detecting it. */
  public RunSummary run(List<Path> files, Optional<SourceKind> kind, String command) {
    Instant started = Instant.now();
    String runId = RUN_ID_TIME.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
    List<InputOutcome> inputs = new ArrayList<>();
    List<TableCommit> commits = new ArrayList<>();
    try {
      // Read before this run records its own inputs: a run that loads nothing gold is built from
      // need not rebuild it, unless an earlier run left it behind (a crash, a new model version).
      boolean goldWasCurrent = runLog.goldIsCurrent(modelVersion);
      Set<String> loaded = runLog.loadedChecksums();
      Map<SourceKind, List<InputFile>> collected = new EnumMap<>(SourceKind.class);
      for (int i = 0; i < files.size(); i++) {
        Path path = files.get(i);
        String step = "read [" + (i + 1) + "/" + files.size() + "] " + path.getFileName();
        progress.started(step);
        Optional<InputOutcome> settled = read(path, kind, loaded, runId, collected);
        settled.ifPresent(inputs::add);
        progress.finished(step, settled.map(EtlPipeline::describe).orElse("to load"));
      }
      for (Map.Entry<SourceKind, List<InputFile>> entry : collected.entrySet()) {
        String step = "load " + entry.getValue().size() + " " + entry.getKey().label() + " file(s)";
        progress.started(step);
        List<InputOutcome> outcomes = loader(entry.getKey()).load(entry.getValue(), commits);
        runLog.recordInputs(runId, outcomes);
        inputs.addAll(outcomes);
        progress.finished(
            step, outcomes.stream().map(EtlPipeline::describe).collect(Collectors.joining("; ")));
      }
      boolean loadedAny =
          inputs.stream().anyMatch(i -> i.status() == InputOutcome.InputStatus.LOADED);
      if (loadedAny || !goldWasCurrent) {
        buildReferenceAndGold(runId, commits, goldWasCurrent);
      } else {
        progress.started("gold");
        progress.finished("gold", "up to date: no input it is built from was loaded");
      }
      RunSummary summary = summary(runId, started, inputs, commits, Optional.empty());
      runLog.recordRun(summary, command, null, modelVersion);
      return summary;
    } catch (RuntimeException e) {
      RunSummary failed = summary(runId, started, inputs, commits, Optional.of(e));
      runLog.recordRun(failed, command, e.getMessage(), modelVersion);
      throw e;
    }
  }

  /**
   * Reads one file and sorts it: returns its outcome when it is settled here (already loaded,
   * ignored, or of no known format); otherwise adds it to the files its format's loader will load.
   */
  private Optional<InputOutcome> read(
      Path path,
      Optional<SourceKind> forced,
      Set<String> loaded,
      String runId,
      Map<SourceKind, List<InputFile>> collected) {
    SourceFile file;
    try {
      file = SourceFile.read(path);
    } catch (EtlErrors.RejectedFile e) {
      return Optional.of(
          InputOutcome.rejected("unknown", path.getFileName().toString(), "", e.getMessage()));
    }
    Optional<SourceKind> kind = forced.or(() -> SourceKind.detect(file));
    String label = kind.map(SourceKind::label).orElse("unknown");
    if (loaded.contains(file.checksum())) {
      return Optional.of(InputOutcome.skipped(label, file.name(), file.checksum()));
    }
    InputOutcome outcome;
    if (kind.isEmpty()) {
      outcome =
          InputOutcome.rejected(
              label, file.name(), file.checksum(), EtlErrors.unknownFormat(path).getMessage());
    } else if (kind.get() == SourceKind.WDI_INDICATOR_METADATA) {
      outcome =
          InputOutcome.ignored(
              label, file.name(), file.checksum(), "indicator metadata: nothing to load");
    } else {
      Provenance provenance = Provenance.of(file, runId, Timestamp.from(Instant.now()));
      collected
          .computeIfAbsent(kind.get(), k -> new ArrayList<>())
          .add(new InputFile(file, provenance));
      return Optional.empty();
    }
    runLog.recordInput(runId, outcome);
    return Optional.of(outcome);
  }

  private SourceLoader loader(SourceKind kind) {
    return switch (kind) {
      case WDI -> new WdiLoader(warehouse, AreaRoles.wdi(warehouse.spark(), areas));
      case WDI_COUNTRY_METADATA -> new WdiCountryMetadataLoader(warehouse);
      case UNHCR_POPULATION ->
          new SingleTableLoader(warehouse, new UnhcrPopulationSource(countries));
      case ILOSTAT -> new SingleTableLoader(warehouse, new IlostatSource(countries));
      case MISSING_MIGRANTS ->
          new SingleTableLoader(
              warehouse,
              new MissingMigrantsSource(new OriginNames(AreaNames.of(AreaNames.Publisher.IOM))));
      case KNOMAD_REMITTANCE, KNOMAD_MIGRANT_STOCK ->
          new SingleTableLoader(warehouse, KnomadMatrixSource.of(kind));
      case RCP_ACTIVITY ->
          new SingleTableLoader(
              warehouse, new RcpActivitySource(ActivityCodeLists.load(countries)));
      case GFMD_ACTIVITY ->
          new SingleTableLoader(
              warehouse, new GfmdActivitySource(ActivityCodeLists.load(countries)));
      case UNHCR_SOLUTIONS -> new SingleTableLoader(warehouse, new RefugeeReturnSource(countries));
      case RECRUITMENT_COSTS ->
          new SingleTableLoader(warehouse, new RecruitmentCostSource(countries));
      case ASSISTED_RETURNS ->
          new SingleTableLoader(warehouse, new AssistedReturnSource(countries));
      case MIGRATION_POLICIES ->
          new SingleTableLoader(warehouse, new MigrationPolicySource(countries));
      case RPW_SERVICE -> new SingleTableLoader(warehouse, new RpwServiceSource(countries));
      case RPW_CORRIDOR -> new SingleTableLoader(warehouse, new RpwCorridorSource(countries));
      case PROGRAMME_RESULTS ->
          new SingleTableLoader(warehouse, new ProgrammeResultSource(countries));
      case CUSTOM_INDICATORS ->
          new SingleTableLoader(warehouse, CustomIndicatorSource.againstShippedCatalogue());
      case WDI_INDICATOR_METADATA ->
          throw new IllegalArgumentException(kind.label() + " files hold nothing to load");
    };
  }

  /**
   * Refreshes the reference tables, then rebuilds the gold indicators whose silver inputs this run
   * changed; all of them when gold was not current (a crash, a new model version, a first run).
   */
  private void buildReferenceAndGold(
      String runId, List<TableCommit> commits, boolean goldWasCurrent) {
    progress.started("reference tables");
    commits.add(
        warehouse.merge(
            SilverTables.AREA,
            ReferenceTables.areas(warehouse.spark(), areas),
            Scope.wholeTable()));
    commits.add(
        warehouse.merge(
            SilverTables.AREA_MEMBERSHIP,
            ReferenceTables.memberships(warehouse.spark(), areas),
            Scope.wholeTable()));
    progress.finished("reference tables", "done");

    Set<String> changed =
        commits.stream()
            .filter(TableCommit::committed)
            .map(TableCommit::table)
            .collect(Collectors.toSet());
    // Memberships and population are every aggregate's coverage, so a change to either moves
    // figures of every indicator.
    boolean rebuildAll =
        !goldWasCurrent
            || changed.contains(SilverTables.AREA_MEMBERSHIP.qualifiedName())
            || changed.contains(SilverTables.POPULATION.qualifiedName());
    GoldInputs goldInputs = new GoldInputs(warehouse, runId);
    List<GoldIndicatorJob> jobs = new ArrayList<>(GoldJobs.all());
    jobs.addAll(GoldJobs.custom(goldInputs));
    for (GoldIndicatorJob job : jobs) {
      String step = "gold " + String.join(", ", job.indicators());
      progress.started(step);
      if (job.sources().stream().noneMatch(warehouse::exists)) {
        // Tables are never dropped, so a job without any input table has never written a row.
        progress.finished(step, "no input loaded yet");
      } else if (rebuildAll
          || job.sources().stream().anyMatch(t -> changed.contains(t.qualifiedName()))) {
        TableCommit gold =
            warehouse.merge(
                GoldTables.INDICATOR_OBSERVATION, job.observations(goldInputs), job.scope());
        commits.add(gold);
        progress.finished(step, describe(gold));
      } else {
        progress.finished(step, "up to date: none of its inputs changed");
      }
    }

    boolean observationsChanged =
        commits.stream()
            .anyMatch(
                c ->
                    c.committed()
                        && c.table().equals(GoldTables.INDICATOR_OBSERVATION.qualifiedName()));
    if (observationsChanged || rebuildAll) {
      assessProgress(goldInputs, commits);
    }

    if (warehouse.exists(SilverTables.PUBLISHED_INDICATOR)) {
      progress.started("cross-check " + Sdg1732Gold.INDICATOR + " with WDI's own ratio");
      Sdg1732CrossCheck.Result check =
          Sdg1732CrossCheck.compare(
              warehouse.read(GoldTables.INDICATOR_OBSERVATION),
              warehouse.read(SilverTables.PUBLISHED_INDICATOR));
      progress.finished(
          "cross-check " + Sdg1732Gold.INDICATOR + " with WDI's own ratio",
          String.format(
              "%,d country-years compared, %,d differ by more than %s percentage points",
              check.compared(), check.differing(), Sdg1732CrossCheck.TOLERANCE_PP));
    }
  }

  /**
   * Reassesses progress over all observations: a series' assessment rests on its whole history, and
   * the table is small, so rewriting it is simpler than tracing which series a run touched.
   */
  private void assessProgress(GoldInputs goldInputs, List<TableCommit> commits) {
    String step = "gold progress assessment";
    progress.started(step);
    TableCommit assessed =
        warehouse.merge(
            GoldTables.PROGRESS_ASSESSMENT,
            ProgressAssessmentGold.transform(
                warehouse.read(GoldTables.INDICATOR_OBSERVATION),
                ProgressAssessmentGold.rules(catalogue, goldInputs),
                goldInputs.runId()),
            Scope.wholeTable());
    commits.add(assessed);
    progress.finished(step, describe(assessed));
  }

  private static RunSummary summary(
      String runId,
      Instant started,
      List<InputOutcome> inputs,
      List<TableCommit> commits,
      Optional<RuntimeException> failure) {
    RunSummary.RunStatus status;
    if (failure.isPresent()) {
      status = RunSummary.RunStatus.FAILED;
    } else if (commits.stream().noneMatch(TableCommit::committed)) {
      status = RunSummary.RunStatus.NOTHING_TO_DO;
    } else {
      status = RunSummary.RunStatus.SUCCEEDED;
    }
    return new RunSummary(runId, started, Instant.now(), status, inputs, commits);
  }

  private static String describe(InputOutcome outcome) {
    return switch (outcome.status()) {
      case LOADED ->
          String.format(
                  "%,d read, %,d accepted, %,d quarantined",
                  outcome.rowsRead(), outcome.rowsAccepted(), outcome.rowsQuarantined())
              + (outcome.rowsNotApplicable() == 0
                  ? ""
                  : String.format(", %,d not applicable", outcome.rowsNotApplicable()));
      case SKIPPED_ALREADY_LOADED -> "already loaded, skipped";
      case IGNORED, REJECTED ->
          outcome.status().name().toLowerCase() + ": " + outcome.message().orElse("");
    };
  }

  private static String describe(TableCommit commit) {
    return commit.committed()
        ? String.format(
            "version %d: %,d inserted, %,d updated, %,d deleted",
            commit.version().getAsLong(), commit.inserted(), commit.updated(), commit.deleted())
        : "unchanged";
  }
}
