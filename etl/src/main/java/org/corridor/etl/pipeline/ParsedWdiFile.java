package org.corridor.etl.pipeline;

import static java.util.Objects.requireNonNull;

import org.corridor.etl.source.Provenance;
import org.corridor.etl.source.SourceFile;
import org.corridor.etl.source.wdi.WdiBulkFile;

/** A WDI file read and parsed, waiting to be loaded with the others of its round. */
record ParsedWdiFile(SourceFile file, Provenance provenance, WdiBulkFile content) {
  ParsedWdiFile {
    requireNonNull(file, "file is null");
    requireNonNull(provenance, "provenance is null");
    requireNonNull(content, "content is null");
  }
}
