package org.corridor.api.sdmx;

import java.util.List;
import org.corridor.api.store.GoldRow;

/** The gold rows the SDMX tests serve: yearly and quarterly series, disaggregated and not. */
final class SdmxFixture {
  static final List<GoldRow> ROWS =
      List.of(
          GoldRow.of("17.3.2", "SLV", "2003", 16.05),
          GoldRow.of("17.3.2", "SLV", "2004", 18.67),
          GoldRow.of("17.3.2", "SLV", "2005", 18.2).with("obs_status", "E"),
          GoldRow.of("17.3.2", "GTM", "2004", 10.1),
          GoldRow.of("17.3.2", "WLD", "2004", 0.53)
              .with("area_kind", "AGGREGATE")
              .with("aggregation_method", "RATIO_OF_SUMS")
              .with("countries_with_data", 180)
              .with("countries_in_group", 217)
              .with("population_share", 0.97)
              .with("footnote", "Aggregate of 180 countries, \"ratio of sums\""),
          quarter("2016-Q3", "BANK", 6.5),
          quarter("2016-Q4", "BANK", 6.1),
          quarter("2017-Q1", "BANK", 5.9),
          quarter("2016-Q4", "MTO", 4.2),
          GoldRow.of("8.8.1", "SLV", "2020", 3.1).with("sex", "F").with("unit", "PER_100K"),
          GoldRow.of("8.8.1", "SLV", "2020", 4.4).with("sex", "M").with("unit", "PER_100K"));

  private SdmxFixture() {}

  private static GoldRow quarter(String period, String providerType, double cost) {
    return GoldRow.of("10.c.1", "SLV", period, cost)
        .with("unit", "PERCENT_AMOUNT")
        .with("provider_type", providerType)
        .with("source", "World Bank RPW");
  }
}
