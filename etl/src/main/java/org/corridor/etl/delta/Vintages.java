package org.corridor.etl.delta;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.corridor.etl.EtlErrors;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;
import org.corridor.warehouse.table.VintageRules;

/**
 * Vintages of a warehouse: names pinned to the Delta versions of the gold tables, stored in {@code
 * gold.vintage}, so that what was published under a name can be read again exactly, whatever runs
 * came after.
 *
 * <p>Delta's housekeeping would make a pinned version unreadable after a while: before pinning a
 * table, a vintage sets the properties that keep its history (see {@link KeptHistory}), and vacuum
 * keeps every file a pinned version reads (see {@link PinnedFiles}).
 */
public final class Vintages {
  private final Warehouse warehouse;
  private final KeptHistory history;

  public Vintages(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.history = new KeptHistory(warehouse);
  }

  /** The tables a vintage pins: every gold table but the list of vintages itself. */
  public static List<TableSpec> pinnable() {
    return VintageRules.pinnable();
  }

  /**
   * Pins the current version of every gold table that exists under {@code name}. A name is taken
   * once: a vintage may have been published, so it is never replaced.
   */
  public Vintage create(String name, Optional<String> note) {
    if (!VintageRules.NAME.matcher(name).matches()) {
      throw EtlErrors.invalidVintageName(name, VintageRules.NAME.pattern());
    }
    if (find(name).isPresent()) {
      throw EtlErrors.duplicateVintage(name);
    }
    List<TableSpec> tables = pinnable().stream().filter(warehouse::exists).toList();
    if (tables.isEmpty()) {
      throw EtlErrors.nothingToPin(pinnable().stream().map(TableSpec::qualifiedName).toList());
    }
    Map<String, Long> versions = new LinkedHashMap<>();
    for (TableSpec table : tables) {
      history.keep(table);
      versions.put(table.qualifiedName(), warehouse.version(table).orElseThrow());
    }
    // Spark keeps microseconds: the vintage returned is the one read back.
    Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Vintage vintage = new Vintage(name, createdAt, note, versions);
    warehouse.merge(GoldTables.VINTAGE, rows(vintage), Scope.where("name", name));
    return vintage;
  }

  /** Every vintage, oldest first. */
  public List<Vintage> list() {
    if (!warehouse.exists(GoldTables.VINTAGE)) {
      return List.of();
    }
    Map<String, Vintage> byName = new LinkedHashMap<>();
    for (Row row :
        warehouse
            .read(GoldTables.VINTAGE)
            .orderBy(col("created_at"), col("name"), col("table_name"))
            .collectAsList()) {
      String name = row.getAs("name");
      Vintage known = byName.get(name);
      Map<String, Long> versions = new LinkedHashMap<>();
      if (known != null) {
        versions.putAll(known.versions());
      }
      versions.put(row.getAs("table_name"), row.<Long>getAs("table_version"));
      byName.put(
          name,
          new Vintage(
              name,
              row.<Timestamp>getAs("created_at").toInstant(),
              Optional.ofNullable(row.<String>getAs("note")),
              versions));
    }
    return List.copyOf(byName.values());
  }

  /** The vintage of that name; an unknown name is an error naming the vintages there are. */
  public Vintage get(String name) {
    return find(name)
        .orElseThrow(
            () -> EtlErrors.unknownVintage(name, list().stream().map(Vintage::name).toList()));
  }

  private Optional<Vintage> find(String name) {
    return list().stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /**
   * A gold table exactly as the vintage pinned it; a table that did not exist yet when the vintage
   * was created reads as empty.
   */
  public Dataset<Row> read(TableSpec table, String vintageName) {
    requirePinnable(table);
    Vintage vintage = get(vintageName);
    var version = vintage.version(table.qualifiedName());
    if (version.isEmpty()) {
      return warehouse.spark().createDataFrame(List.of(), SparkSchemas.of(table));
    }
    return warehouse.readVersion(table, version.getAsLong());
  }

  /**
   * A table as it was at an instant: the last version committed at or before it, the way Delta's
   * {@code timestampAsOf} resolves a time; a table that did not exist yet reads as empty.
   */
  public Dataset<Row> readAsOf(TableSpec table, Instant instant) {
    var version = versionAsOf(table, instant);
    if (version.isEmpty()) {
      return warehouse.spark().createDataFrame(List.of(), SparkSchemas.of(table));
    }
    return warehouse.readVersion(table, version.get());
  }

  /**
   * The version a table was at an instant. Resolved from the table's history rather than left to
   * {@code timestampAsOf}, which refuses an instant after the latest commit even though the latest
   * version is then the answer.
   */
  public Optional<Long> versionAsOf(TableSpec table, Instant instant) {
    if (!warehouse.exists(table)) {
      return Optional.empty();
    }
    Row latest =
        DeltaTable.forPath(warehouse.spark(), warehouse.location(table))
            .history()
            .where(col("timestamp").leq(Timestamp.from(instant)))
            .agg(max("version"))
            .first();
    return latest.isNullAt(0) ? Optional.empty() : Optional.of(latest.getLong(0));
  }

  /** What changed in {@code gold.indicator_observation} from one vintage to another. */
  public RevisionReport revisions(String from, String to) {
    TableSpec table = GoldTables.INDICATOR_OBSERVATION;
    return RevisionReport.between(from, read(table, from), to, read(table, to), table);
  }

  /**
   * Every pinned version of a table with the vintage that pins it, for vacuum to keep their files.
   */
  List<PinnedVersion> pinnedVersions(TableSpec table) {
    List<PinnedVersion> pinned = new ArrayList<>();
    for (Vintage vintage : list()) {
      vintage
          .version(table.qualifiedName())
          .ifPresent(v -> pinned.add(new PinnedVersion(vintage.name(), v)));
    }
    return pinned;
  }

  /** A table version a vintage pins. */
  record PinnedVersion(String vintage, long version) {}

  private static void requirePinnable(TableSpec table) {
    if (!pinnable().contains(table)) {
      throw new IllegalArgumentException(
          table.qualifiedName() + " is not pinned by vintages; they pin " + pinnable());
    }
  }

  private Dataset<Row> rows(Vintage vintage) {
    List<Row> rows = new ArrayList<>();
    Timestamp createdAt = Timestamp.from(vintage.createdAt());
    vintage
        .versions()
        .forEach(
            (table, version) ->
                rows.add(
                    RowFactory.create(
                        vintage.name(), table, version, createdAt, vintage.note().orElse(null))));
    return warehouse.spark().createDataFrame(rows, SparkSchemas.of(GoldTables.VINTAGE));
  }
}
