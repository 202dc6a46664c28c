package org.corridor.api.vintage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.problem.ApiErrors;
import org.corridor.api.store.GoldStore;
import org.corridor.api.store.LongColumn;
import org.corridor.api.store.TableHistory;
import org.corridor.api.store.TableSnapshot;
import org.corridor.api.store.TextColumn;
import org.corridor.api.store.TimestampColumn;
import org.corridor.warehouse.table.GoldTables;
import org.corridor.warehouse.table.TableSpec;
import org.springframework.stereotype.Component;

/**
 * The vintages recorded in {@code gold.vintage}, and the tables as a vintage or an instant holds
 * them. A vintage is never replaced once created, so the latest {@code gold.vintage} knows every
 * one.
 */
@Component
public class Vintages {
  private final GoldStore store;
  private final TableHistory history;

  Vintages(GoldStore store, TableHistory history) {
    this.store = store;
    this.history = history;
  }

  /** Every vintage, oldest first, and the version of {@code gold.vintage} they were read from. */
  VintageList list() {
    TableSnapshot rows = store.current(GoldTables.VINTAGE);
    List<VintageEntry> vintages = entries(rows);
    return new VintageList(rows.version(), vintages.size(), vintages);
  }

  /**
   * The vintage of that name.
   *
   * @param parameter the request parameter that named it, for the problem if it is unknown
   */
  public VintageEntry require(String parameter, String name) {
    List<VintageEntry> vintages = entries(store.current(GoldTables.VINTAGE));
    return vintages.stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                ApiErrors.unknownVintage(
                    parameter, name, vintages.stream().map(VintageEntry::name).toList()));
  }

  /**
   * The edition the {@code vintage} and {@code asOf} parameters ask for; the latest data when
   * neither is given.
   */
  public Edition edition(String vintage, String asOf) {
    if (vintage != null && asOf != null) {
      throw ApiErrors.vintageAndAsOf();
    }
    if (vintage != null) {
      return new Edition(require("vintage", vintage).name(), null);
    }
    if (asOf != null) {
      try {
        return new Edition(null, Instant.parse(asOf));
      } catch (DateTimeParseException e) {
        throw ApiErrors.malformedParameter(
            "asOf", asOf, "an ISO-8601 instant, e.g. 2025-03-01T00:00:00Z");
      }
    }
    return Edition.latest();
  }

  /**
   * A table as an edition holds it. A table a vintage does not pin, or that did not exist at the
   * instant, has no rows.
   */
  public EditionSnapshot snapshot(Edition edition, TableSpec table) {
    if (edition.vintage() != null) {
      return pinned(require("vintage", edition.vintage()), edition, table);
    }
    if (edition.asOf() != null) {
      long version = history.versionAsOf(table, edition.asOf());
      return new EditionSnapshot(edition, history.atVersion(table, version));
    }
    return new EditionSnapshot(edition, store.current(table));
  }

  /** A table as a vintage pinned it. */
  public EditionSnapshot pinned(VintageEntry vintage, TableSpec table) {
    return pinned(vintage, new Edition(vintage.name(), null), table);
  }

  private EditionSnapshot pinned(VintageEntry vintage, Edition edition, TableSpec table) {
    Long version = vintage.version(table.qualifiedName());
    return new EditionSnapshot(
        edition, history.atVersion(table, version == null ? TableSnapshot.NO_TABLE : version));
  }

  /** One entry per vintage name, its rows gathered, oldest first. */
  private static List<VintageEntry> entries(TableSnapshot rows) {
    TextColumn name = rows.text("name");
    TextColumn table = rows.text("table_name");
    LongColumn version = rows.longs("table_version");
    TimestampColumn createdAt = rows.timestamps("created_at");
    TextColumn note = rows.text("note");
    Map<String, Instant> created = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    Map<String, Map<String, Long>> tables = new LinkedHashMap<>();
    for (int row = 0; row < rows.rowCount(); row++) {
      String vintage = name.value(row);
      created.putIfAbsent(vintage, createdAt.value(row));
      notes.putIfAbsent(vintage, note.value(row));
      tables
          .computeIfAbsent(vintage, v -> new LinkedHashMap<>())
          .put(table.value(row), version.longValue(row));
    }
    List<VintageEntry> entries = new ArrayList<>();
    tables.forEach(
        (vintage, versions) ->
            entries.add(
                new VintageEntry(
                    vintage,
                    created.get(vintage).toString(),
                    notes.get(vintage),
                    Collections.unmodifiableMap(versions))));
    entries.sort(
        Comparator.comparing((VintageEntry v) -> created.get(v.name()))
            .thenComparing(v -> v.name()));
    return entries;
  }
}
