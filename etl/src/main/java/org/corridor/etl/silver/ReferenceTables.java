package org.corridor.etl.silver;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.corridor.etl.spark.SparkSchemas;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.AreaGroup;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.SilverTables;

/**
 * The warehouse's code lists as Delta tables ({@code silver.area}, {@code silver.area_membership}),
 * so that SQL users can join facts to regions and groups without Corridor's Java code.
 */
public final class ReferenceTables {
  private ReferenceTables() {}

  public static Dataset<Row> areas(SparkSession spark, Areas areas) {
    List<Row> rows = new ArrayList<>();
    for (Area area : areas.countries()) {
      rows.add(
          RowFactory.create(
              area.iso3(), "COUNTRY", area.name(), area.iso2(), area.m49().orElse(null)));
    }
    for (AreaGroup group : areas.groups()) {
      rows.add(
          RowFactory.create(
              group.code(), group.kind().name(), group.name(), null, group.m49().orElse(null)));
    }
    return spark.createDataFrame(rows, SparkSchemas.of(SilverTables.AREA));
  }

  public static Dataset<Row> memberships(SparkSession spark, Areas areas) {
    List<Row> rows = new ArrayList<>();
    for (AreaGroup group : areas.groups()) {
      group.members().forEach(member -> rows.add(RowFactory.create(group.code(), member)));
    }
    return spark.createDataFrame(rows, SparkSchemas.of(SilverTables.AREA_MEMBERSHIP));
  }
}
