package org.corridor.etl.silver;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The delivery speeds the RPW dataset's {@code speed actual} column uses, and the latest day each
 * band delivers by, counted from the day of sending. SmaRT counts a service delivered in 5 days or
 * less, so a band counts by its upper end: "3-5 days" qualifies, "6 days or more" does not. The
 * publisher varies the case ("Next Day", "less than one hour"), so labels match ignoring case.
 */
enum RpwSpeed {
  LESS_THAN_ONE_HOUR("Less than one hour", 0),
  SAME_DAY("Same day", 0),
  NEXT_DAY("Next day", 1),
  TWO_DAYS("2 days", 2),
  ONE_TO_THREE_DAYS("1-3 days", 3),
  THREE_TO_FIVE_DAYS("3-5 days", 5),
  SIX_DAYS_OR_MORE("6 days or more", 6);

  private final String label;
  private final double days;

  RpwSpeed(String label, double days) {
    this.label = label;
    this.days = days;
  }

  /** The publisher's label in its usual case; a label Corridor does not know is kept as written. */
  static Column label(Column speedActual) {
    Column label = speedActual;
    for (RpwSpeed speed : values()) {
      label = when(matches(speedActual, speed), lit(speed.label)).otherwise(label);
    }
    return label;
  }

  /** The latest day of delivery; null for "N/A", a missing value or an unknown label. */
  static Column days(Column speedActual) {
    Column days = lit(null).cast("double");
    for (RpwSpeed speed : values()) {
      days = when(matches(speedActual, speed), lit(speed.days)).otherwise(days);
    }
    return days;
  }

  private static Column matches(Column speedActual, RpwSpeed speed) {
    return lower(trim(speedActual)).equalTo(speed.label.toLowerCase(java.util.Locale.ROOT));
  }
}
