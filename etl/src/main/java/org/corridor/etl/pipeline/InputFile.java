package org.corridor.etl.pipeline;

import static java.util.Objects.requireNonNull;

import org.corridor.etl.EtlErrors;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;

/** A file a run will load, with the provenance its rows will carry. */
record InputFile(SourceFile file, Provenance provenance) {
  InputFile {
    requireNonNull(file, "file is null");
    requireNonNull(provenance, "provenance is null");
  }

  /** The outcome of this file when its reader rejected it whole. */
  InputOutcome rejectedAs(SourceKind kind, EtlErrors.RejectedFile why) {
    return InputOutcome.rejected(kind.label(), file.name(), file.checksum(), why.getMessage());
  }
}
