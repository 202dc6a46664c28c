package org.corridor.etl.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.audit.RunLog;
import org.corridor.etl.audit.RunSummary;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.delta.TableCommit;
import org.corridor.etl.delta.Warehouse;
import org.corridor.etl.gold.Sdg1732Gold;
import org.corridor.etl.silver.AreaRoles;
import org.corridor.etl.silver.ReferenceTables;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.unhcr.UnhcrPopulationCsv;
import org.corridor.etl.source.unhcr.UnhcrPopulationFile;
import org.corridor.etl.source.wdi.WdiBulkCsv;
import org.corridor.etl.source.wdi.WdiCountryMetadataCsv;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.Lineage;
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
  private final String modelVersion;

  public EtlPipeline(Warehouse warehouse, Areas areas, Progress progress) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.areas = requireNonNull(areas, "areas is null");
    this.progress = requireNonNull(progress, "progress is null");
    this.runLog = new RunLog(warehouse);
    this.modelVersion = ModelVersion.of(areas, IndicatorCatalogue.load());
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
      Set<String> loaded = runLog.loadedChecksums();
      Inputs read = new Inputs();
      for (int i = 0; i < files.size(); i++) {
        Path path = files.get(i);
        String step = "read [" + (i + 1) + "/" + files.size() + "] " + path.getFileName();
        progress.started(step);
        Optional<InputOutcome> settled = read(path, kind, loaded, runId, read);
        settled.ifPresent(inputs::add);
        progress.finished(step, settled.map(EtlPipeline::describe).orElse("parsed"));
      }
      List<List<ParsedWdiFile>> rounds = WdiRounds.of(read.wdi);
      Dataset<Row> areaRoles = AreaRoles.wdi(warehouse.spark(), areas);
      for (int r = 0; r < rounds.size(); r++) {
        List<ParsedWdiFile> round = rounds.get(r);
        String step =
            "load "
                + round.size()
                + " WDI file(s)"
                + (rounds.size() > 1 ? ", round " + (r + 1) : "");
        progress.started(step);
        List<InputOutcome> outcomes = new WdiBatch(warehouse, areaRoles).load(round, commits);
        settle(runId, outcomes, inputs);
        progress.finished(step, outcomes.stream().map(EtlPipeline::describe).toList().toString());
      }
      if (!read.countryMetadata.isEmpty()) {
        loadCountryMetadata(read.countryMetadata, runId, inputs, commits);
      }
      for (Parsed parsed : read.unhcrPopulation) {
        loadUnhcrPopulation(parsed, runId, inputs, commits);
      }
      boolean loadedAny =
          inputs.stream().anyMatch(i -> i.status() == InputOutcome.InputStatus.LOADED);
      if (loadedAny || !runLog.goldIsCurrent(modelVersion)) {
        buildReferenceAndGold(runId, commits);
      } else {
        progress.started("gold");
        progress.finished("gold", "up to date: no new input since the last completed run");
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

  /** Files read in this run, grouped by how they will be loaded. */
  private static final class Inputs {
    final List<ParsedWdiFile> wdi = new ArrayList<>();
    final List<Parsed> countryMetadata = new ArrayList<>();
    final List<Parsed> unhcrPopulation = new ArrayList<>();
  }

  /** A file with its provenance, for formats loaded without a parse step of their own. */
  private record Parsed(SourceFile file, Provenance provenance) {}

  /**
   * Reads and parses one file. Returns its outcome when it is settled here (skipped, ignored or
   * rejected); a parsed file is settled when its batch loads.
   */
  private Optional<InputOutcome> read(
      Path path, Optional<SourceKind> forced, Set<String> loaded, String runId, Inputs read) {
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
    try {
      if (kind.isEmpty()) {
        throw EtlErrors.unknownFormat(path);
      }
      Provenance provenance = Provenance.of(file, runId, Timestamp.from(Instant.now()));
      switch (kind.get()) {
        case WDI -> {
          read.wdi.add(new ParsedWdiFile(file, provenance, WdiBulkCsv.read(file, provenance)));
          return Optional.empty();
        }
        case WDI_COUNTRY_METADATA -> {
          read.countryMetadata.add(new Parsed(file, provenance));
          return Optional.empty();
        }
        case UNHCR_POPULATION -> {
          read.unhcrPopulation.add(new Parsed(file, provenance));
          return Optional.empty();
        }
        case WDI_INDICATOR_METADATA ->
            outcome =
                InputOutcome.ignored(
                    label, file.name(), file.checksum(), "indicator metadata: nothing to load");
        default -> throw new IllegalStateException("unhandled source " + kind.get());
      }
    } catch (EtlErrors.RejectedFile e) {
      outcome = InputOutcome.rejected(label, file.name(), file.checksum(), e.getMessage());
    }
    runLog.recordInput(runId, outcome);
    return Optional.of(outcome);
  }

  /** Records loaded inputs in the audit as soon as their batch commits, then in the summary. */
  private void settle(String runId, List<InputOutcome> outcomes, List<InputOutcome> inputs) {
    runLog.recordInputs(runId, outcomes);
    inputs.addAll(outcomes);
  }

  private void loadCountryMetadata(
      List<Parsed> files, String runId, List<InputOutcome> inputs, List<TableCommit> commits) {
    progress.started("load " + files.size() + " country metadata file(s)");
    List<Row> rows = new ArrayList<>();
    List<InputOutcome> outcomes = new ArrayList<>();
    for (Parsed parsed : files) {
      List<Row> fileRows = WdiCountryMetadataCsv.read(parsed.file(), parsed.provenance());
      rows.addAll(fileRows);
      outcomes.add(
          new InputOutcome(
              SourceKind.WDI_COUNTRY_METADATA.label(),
              parsed.file().name(),
              parsed.file().checksum(),
              InputOutcome.InputStatus.LOADED,
              Optional.empty(),
              fileRows.size(),
              fileRows.size(),
              0));
    }
    commits.add(
        warehouse.replaceSlice(
            BronzeTables.WDI_COUNTRY_METADATA,
            warehouse
                .spark()
                .createDataFrame(rows, SparkSchemas.of(BronzeTables.WDI_COUNTRY_METADATA)),
            Scope.in(
                Lineage.SOURCE_CHECKSUM, files.stream().map(f -> f.file().checksum()).toList())));
    settle(runId, outcomes, inputs);
    progress.finished(
        "load " + files.size() + " country metadata file(s)", rows.size() + " records");
  }

  private void loadUnhcrPopulation(
      Parsed parsed, String runId, List<InputOutcome> inputs, List<TableCommit> commits) {
    String step = "load " + parsed.file().name();
    progress.started(step);
    InputOutcome outcome;
    try {
      UnhcrPopulationFile content = UnhcrPopulationCsv.read(parsed.file(), parsed.provenance());
      outcome =
          new UnhcrBatch(warehouse, countryCodes())
              .load(parsed.file(), parsed.provenance(), content, commits);
    } catch (EtlErrors.RejectedFile e) {
      outcome =
          InputOutcome.rejected(
              SourceKind.UNHCR_POPULATION.label(),
              parsed.file().name(),
              parsed.file().checksum(),
              e.getMessage());
    }
    settle(runId, List.of(outcome), inputs);
    progress.finished(step, describe(outcome));
  }

  private Set<String> countryCodes() {
    Set<String> codes = new java.util.HashSet<>();
    areas.countries().forEach(area -> codes.add(area.iso3()));
    return codes;
  }

  private void buildReferenceAndGold(String runId, List<TableCommit> commits) {
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

    progress.started("gold " + Sdg1732Gold.INDICATOR);
    TableCommit gold =
        warehouse.merge(
            GoldTables.INDICATOR_OBSERVATION,
            Sdg1732Gold.transform(
                warehouse.read(SilverTables.REMITTANCE_FLOW),
                warehouse.read(SilverTables.GDP),
                warehouse.read(SilverTables.POPULATION),
                warehouse.read(SilverTables.AREA_MEMBERSHIP),
                runId),
            Sdg1732Gold.scope());
    commits.add(gold);
    progress.finished("gold " + Sdg1732Gold.INDICATOR, describe(gold));
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
              outcome.rowsRead(), outcome.rowsAccepted(), outcome.rowsQuarantined());
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
