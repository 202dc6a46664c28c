package org.corridor.etl.source;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;

/** Where rows come from: the file, its checksum, the run loading it and when. */
public record Provenance(String file, String checksum, String runId, Timestamp ingestedAt) {
  public Provenance {
    requireNonNull(file, "file is null");
    requireNonNull(checksum, "checksum is null");
    requireNonNull(runId, "runId is null");
    requireNonNull(ingestedAt, "ingestedAt is null");
  }

  public static Provenance of(SourceFile file, String runId, Timestamp ingestedAt) {
    return new Provenance(file.name(), file.checksum(), runId, ingestedAt);
  }
}
