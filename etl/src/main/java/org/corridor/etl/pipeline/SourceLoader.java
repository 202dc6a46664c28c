package org.corridor.etl.pipeline;

import java.util.List;
import org.corridor.etl.audit.InputOutcome;
import org.corridor.etl.delta.TableCommit;

/**
 * Loads the files of one source format that a run has collected: parses them, writes bronze, silver
 * and quarantine, and accounts for every file. A loader writes each table once for all its files
 * where the format allows, since every Delta commit costs seconds however small the data.
 */
interface SourceLoader {
  /**
   * @param commits receives every table commit made
   * @return one outcome per file: loaded with its reconciled counts, or rejected with the reason
   */
  List<InputOutcome> load(List<InputFile> files, List<TableCommit> commits);
}
