package org.corridor.etl.delta;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A named, frozen state of gold: the Delta version of each gold table that existed when it was
 * created, keyed by qualified table name ({@code gold.indicator_observation}).
 */
public record Vintage(
    String name, Instant createdAt, Optional<String> note, Map<String, Long> versions) {

  public Vintage {
    requireNonNull(name, "name is null");
    requireNonNull(createdAt, "createdAt is null");
    requireNonNull(note, "note is null");
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }

  /** The version pinned of a table, or empty when the table did not exist yet. */
  public OptionalLong version(String qualifiedTableName) {
    Long version = versions.get(qualifiedTableName);
    return version == null ? OptionalLong.empty() : OptionalLong.of(version);
  }
}
