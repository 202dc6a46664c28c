package org.corridor.etl;

import org.apache.spark.sql.SparkSession;
import org.corridor.etl.spark.SparkSessions;

/** The one Spark session every test in this JVM shares: starting Spark costs seconds. */
public final class TestSpark {
  private TestSpark() {}

  public static SparkSession session() {
    return SparkSessions.forTests();
  }
}
