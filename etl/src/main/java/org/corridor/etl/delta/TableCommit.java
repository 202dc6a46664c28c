package org.corridor.etl.delta;

import java.util.OptionalLong;

/**
 * What one write did to one table: the Delta version it committed (empty when there was nothing to
 * change, so no version was written) and the rows it inserted, updated and deleted.
 */
public record TableCommit(
    String table,
    OptionalLong version,
    String operation,
    long inserted,
    long updated,
    long deleted) {

  static TableCommit unchanged(String table) {
    return new TableCommit(table, OptionalLong.empty(), "NONE", 0, 0, 0);
  }

  public boolean committed() {
    return version.isPresent();
  }
}
