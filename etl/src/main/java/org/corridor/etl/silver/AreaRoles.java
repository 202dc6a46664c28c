package org.corridor.etl.silver;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.area.PublisherAggregate;

/**
 * The area codes a publisher's file may use, as a small table to join with: each code is a country
 * (its ISO3) or a publisher aggregate (with the Corridor aggregate it matches, if any).
 */
public final class AreaRoles {
  public static final String COUNTRY = "COUNTRY";
  public static final String PUBLISHER_AGGREGATE = "PUBLISHER_AGGREGATE";

  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("code", DataTypes.StringType, false),
              DataTypes.createStructField("role", DataTypes.StringType, false),
              DataTypes.createStructField("corridor_area", DataTypes.StringType, true)));

  private AreaRoles() {}

  /** Codes as used by World Bank WDI files: ISO3 for economies, WDI codes for aggregates. */
  public static Dataset<Row> wdi(SparkSession spark, Areas areas) {
    List<Row> rows = new ArrayList<>();
    areas.countries().forEach(a -> rows.add(RowFactory.create(a.iso3(), COUNTRY, a.iso3())));
    for (PublisherAggregate aggregate : areas.wdiAggregates()) {
      rows.add(
          RowFactory.create(
              aggregate.publisherCode(), PUBLISHER_AGGREGATE, aggregate.area().orElse(null)));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }
}
