package org.corridor.warehouse.table;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every writer of {@code gold.vintage} agrees on, the ETL's Spark writer and the API's kernel
 * writer alike: the names a vintage may take, the tables it pins, and the table properties a table
 * gets before it is pinned so that the pinned version stays readable.
 */
public final class VintageRules {
  /** A vintage name: lower case, digits, dots, dashes and underscores; never a {@code :}. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private static final String CENTURY = "interval 36500 days";

  /**
   * Delta table properties that keep every version of a table readable for a century: no expired
   * log cleanup, and log and deleted-file retention of 36500 days (why each is needed: the ETL's
   * {@code KeptHistory}).
   */
  public static final Map<String, String> KEPT_HISTORY =
      Map.of(
          "delta.enableExpiredLogCleanup", "false",
          "delta.logRetentionDuration", CENTURY,
          "delta.deletedFileRetentionDuration", CENTURY);

  private VintageRules() {}

  /** The tables a vintage pins: every gold table but the list of vintages itself. */
  public static List<TableSpec> pinnable() {
    return GoldTables.all().stream().filter(t -> !t.equals(GoldTables.VINTAGE)).toList();
  }
}
