package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.corridor.etl.source.Reason;

/** The reason a check gives when it fails, as stored in quarantine: {@code NAME: detail}. */
final class ReasonColumns {
  private ReasonColumns() {}

  /** The reason text where {@code failed} holds, else null (dropped by {@code array_compact}). */
  static Column failing(Column failed, Reason reason, Column detail) {
    return when(failed, concat(lit(reason.name() + ": "), detail));
  }
}
