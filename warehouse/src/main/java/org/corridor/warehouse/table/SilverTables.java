package org.corridor.warehouse.table;

import static org.corridor.warehouse.table.ColumnType.BOOLEAN;
import static org.corridor.warehouse.table.ColumnType.DOUBLE;
import static org.corridor.warehouse.table.ColumnType.INTEGER;
import static org.corridor.warehouse.table.ColumnType.LONG;
import static org.corridor.warehouse.table.ColumnType.STRING;
import static org.corridor.warehouse.table.ColumnType.TIMESTAMP;
import static org.corridor.warehouse.table.Layer.SILVER;
import static org.corridor.warehouse.table.TableBuilder.table;

import java.util.List;

/**
 * Silver tables: conformed facts with typed columns and conformed keys (ISO3 areas, years or
 * quarters, corridors as origin and destination), each row with its lineage.
 */
public final class SilverTables {

  public static final TableSpec AREA =
      table(SILVER, "area")
          .grain("one row per country, territory or aggregate area of Corridor's code list")
          .required("area", STRING, "ISO3 code of a country, or Corridor's code of an aggregate")
          .required("kind", STRING, "COUNTRY or the aggregate's kind (WORLD, SDG_REGION, ...)")
          .required("name", STRING, "English name")
          .optional("iso2", STRING, "ISO 3166-1 alpha-2 code")
          .optional("m49", STRING, "UN M49 code, zero-padded")
          .key("area")
          .build();

  public static final TableSpec AREA_MEMBERSHIP =
      table(SILVER, "area_membership")
          .grain("one row per aggregate area and member country")
          .required("group_area", STRING, "aggregate area code")
          .required("member_area", STRING, "ISO3 code of a member country")
          .key("group_area", "member_area")
          .build();

  public static final TableSpec REMITTANCE_FLOW =
      table(SILVER, "remittance_flow")
          .grain("one row per country, year and direction (received or paid)")
          .required("area", STRING, "ISO3 code of the reporting country")
          .required("year", INTEGER, "calendar year")
          .required("direction", STRING, "RECEIVED (inflows) or PAID (outflows)")
          .required("value_usd", DOUBLE, "personal remittances, current US$")
          .required("series_code", STRING, "publisher series, e.g. BX.TRF.PWKR.CD.DT")
          .columns(Lineage.silver())
          .key("area", "year", "direction")
          .build();

  public static final TableSpec GDP =
      table(SILVER, "gdp")
          .grain("one row per country and year")
          .required("area", STRING, "ISO3 code")
          .required("year", INTEGER, "calendar year")
          .required("value_usd", DOUBLE, "GDP, current US$")
          .required("series_code", STRING, "publisher series, e.g. NY.GDP.MKTP.CD")
          .columns(Lineage.silver())
          .key("area", "year")
          .build();

  public static final TableSpec POPULATION =
      table(SILVER, "population")
          .grain("one row per country and year")
          .required("area", STRING, "ISO3 code")
          .required("year", INTEGER, "calendar year")
          .required("persons", DOUBLE, "total population, mid-year")
          .required("series_code", STRING, "publisher series, e.g. SP.POP.TOTL")
          .columns(Lineage.silver())
          .key("area", "year")
          .build();

  public static final TableSpec PUBLISHER_AGGREGATE =
      table(SILVER, "publisher_aggregate")
          .grain("one row per publisher aggregate (e.g. WDI's WLD or SSF), series and year")
          .required("publisher_code", STRING, "the aggregate's code in the publisher's file")
          .optional("area", STRING, "Corridor aggregate code it corresponds to, where one does")
          .required("series_code", STRING, "publisher series")
          .required("year", INTEGER, "calendar year")
          .required("value", DOUBLE, "the publisher's own aggregate value")
          .columns(Lineage.silver())
          .key("publisher_code", "series_code", "year")
          .build();

  public static final TableSpec REMITTANCE_PRICE =
      table(SILVER, "remittance_price")
          .grain(
              "one row per service (corridor x provider x product), quarter and amount sent:"
                  + " one price quote of the RPW dataset")
          .required("quarter", STRING, "period as YYYY-Qn")
          .required("sending_area", STRING, "ISO3 of the sending country")
          .required("receiving_area", STRING, "ISO3 of the receiving country")
          .required("provider", STRING, "remittance service provider")
          .required("provider_type", STRING, "Bank, Money Transfer Operator, Post office, ...")
          .optional("payment_instrument", STRING, "how the sender pays, e.g. Cash, Debit card")
          .optional("access_point", STRING, "where the sender sends from, e.g. Agent, Internet")
          .optional("receiving_method", STRING, "how the receiver is paid, e.g. Cash, Bank account")
          .optional("speed", STRING, "delivery speed as the publisher labels it, e.g. 3-5 days")
          .required("amount_usd", DOUBLE, "amount sent: 200 or 500 US$")
          .optional("fee_pct", DOUBLE, "fee as % of amount sent")
          .optional("fx_margin_pct", DOUBLE, "FX margin as % of amount sent")
          .required("total_cost_pct", DOUBLE, "(fee + FX margin) / amount sent x 100")
          .optional(
              "speed_days",
              DOUBLE,
              "latest delivery in days after sending: 0 same day, 5 for 3-5 days, 6 for 6 or more")
          .optional("transparent", BOOLEAN, "fee and FX margin disclosed")
          .optional("accessible", BOOLEAN, "receiving network reaches most of the country")
          .required(
              "smart_eligible",
              BOOLEAN,
              "SmaRT: transparent, delivered in 5 days or less, accessible")
          .columns(Lineage.silver())
          .key(
              "quarter",
              "sending_area",
              "receiving_area",
              "provider",
              "payment_instrument",
              "access_point",
              "receiving_method",
              "speed",
              "amount_usd")
          .build();

  public static final TableSpec REMITTANCE_PRICE_CORRIDOR =
      table(SILVER, "remittance_price_corridor")
          .grain(
              "one row per corridor, quarter and series of the RPW corridor averages (DataBank);"
                  + " for corridor series and cross-checks, not for SmaRT")
          .required("sending_area", STRING, "ISO3 of the sending country")
          .required("receiving_area", STRING, "ISO3 of the receiving country")
          .required("quarter", STRING, "period as YYYY-Qn")
          .required("series_code", STRING, "publisher series, e.g. ATCR.CORR")
          .required("value_pct", DOUBLE, "the corridor average, % of the amount sent")
          .columns(Lineage.silver())
          .key("sending_area", "receiving_area", "quarter", "series_code")
          .build();

  public static final TableSpec BILATERAL_REMITTANCE =
      table(SILVER, "bilateral_remittance")
          .grain("one row per origin (sending) country, destination (receiving) country and year")
          .required("origin", STRING, "ISO3 of the sending country")
          .required("destination", STRING, "ISO3 of the receiving country")
          .required("year", INTEGER, "year")
          .required("value_usd", DOUBLE, "estimated remittances, US$")
          .columns(Lineage.silver())
          .key("origin", "destination", "year")
          .build();

  public static final TableSpec BILATERAL_MIGRANT_STOCK =
      table(SILVER, "bilateral_migrant_stock")
          .grain("one row per origin country, destination country, year and sex")
          .required("origin", STRING, "ISO3 of the country of origin")
          .required("destination", STRING, "ISO3 of the country of destination")
          .required("year", INTEGER, "year")
          .required("sex", STRING, "_T, F or M")
          .required("persons", DOUBLE, "international migrant stock")
          .columns(Lineage.silver())
          .key("origin", "destination", "year", "sex")
          .build();

  public static final TableSpec LABOUR_MIGRATION =
      table(SILVER, "labour_migration")
          .grain("one row per origin, destination, year, sex, age, activity and measure")
          .optional(
              "origin", STRING, "ISO3 of origin, or FOREIGN/NATIVE where only status is known")
          .required("destination", STRING, "ISO3 of the country of employment")
          .required("year", INTEGER, "year")
          .required("sex", STRING, "_T, F or M")
          .required("age", STRING, "age band code")
          .required("activity", STRING, "economic activity code or _T")
          .required("measure", STRING, "what is counted, e.g. labour force, inflows")
          .required("value", DOUBLE, "persons (thousands where the publisher says so)")
          .optional("obs_status", STRING, "publisher observation status")
          .columns(Lineage.silver())
          .key("origin", "destination", "year", "sex", "age", "activity", "measure")
          .build();

  public static final TableSpec RECRUITMENT_COST =
      table(SILVER, "recruitment_cost")
          .grain("one row per surveyed worker")
          .required("survey_id", STRING, "survey identifier")
          .required("worker_id", STRING, "respondent identifier")
          .required("origin", STRING, "ISO3 of origin")
          .required("destination", STRING, "ISO3 of destination")
          .optional("migration_year", INTEGER, "year of migration")
          .required("sex", STRING, "F or M")
          .optional("age", INTEGER, "age in years")
          .optional("occupation", STRING, "ISCO-08 code")
          .required("cost_usd", DOUBLE, "recruitment costs paid, US$")
          .required("monthly_earnings_usd", DOUBLE, "monthly earnings in the first job abroad, US$")
          .columns(Lineage.silver())
          .key("survey_id", "worker_id")
          .build();

  public static final TableSpec RETURN_MIGRATION =
      table(SILVER, "return_migration")
          .grain(
              "one row per host, origin, year, sex, age group, assistance type and vulnerability")
          .required("host", STRING, "ISO3 of the host country")
          .required("origin", STRING, "ISO3 of the country returned to")
          .required("year", INTEGER, "year")
          .required("sex", STRING, "_T, F or M")
          .required("age_group", STRING, "age group code")
          .required("assistance_type", STRING, "AVR, AVRR or REFUGEE_RETURN")
          .required("vulnerability", STRING, "vulnerability category or NONE")
          .required("reintegration_assistance", BOOLEAN, "received reintegration assistance")
          .required("persons", LONG, "number of returnees")
          .columns(Lineage.silver())
          .key(
              "host",
              "origin",
              "year",
              "sex",
              "age_group",
              "assistance_type",
              "vulnerability",
              "reintegration_assistance")
          .build();

  public static final TableSpec MIGRATION_POLICY =
      table(SILVER, "migration_policy")
          .grain("one row per country, inquiry round, domain and sub-category")
          .required("area", STRING, "ISO3")
          .required("round", INTEGER, "inquiry round (year)")
          .required("domain", INTEGER, "policy domain 1-6")
          .required("sub_category", INTEGER, "sub-category 1-5")
          .optional("answer", STRING, "YES, YES_LEGAL_STATUS_ONLY, NO; null when not answered")
          .columns(Lineage.silver())
          .key("area", "round", "domain", "sub_category")
          .build();

  public static final TableSpec REFUGEE_POPULATION =
      table(SILVER, "refugee_population")
          .grain("one row per country of origin, country of asylum and year")
          .required("origin", STRING, "ISO3 of origin")
          .required("asylum", STRING, "ISO3 of asylum")
          .required("year", INTEGER, "year")
          .required("refugees", LONG, "refugees under UNHCR's mandate")
          .optional("asylum_seekers", LONG, "asylum-seekers")
          .optional(
              "other_in_need", LONG, "other people in need of international protection (from 2022)")
          .columns(Lineage.silver())
          .key("origin", "asylum", "year")
          .build();

  public static final TableSpec MISSING_MIGRANTS =
      table(SILVER, "missing_migrants")
          .grain("one row per incident")
          .required("incident_id", STRING, "incident id")
          .required("year", INTEGER, "incident year")
          .optional("region", STRING, "region of incident")
          .optional("country_of_incident", STRING, "ISO3 of the country of incident")
          .required("dead", LONG, "number of dead")
          .required("missing", LONG, "minimum estimated number of missing")
          .optional("origins", STRING, "ISO3 codes of origin, comma-separated")
          .optional("cause", STRING, "cause of death")
          .optional("route", STRING, "migration route")
          .columns(Lineage.silver())
          .key("incident_id")
          .build();

  public static final TableSpec RCP_ACTIVITY =
      table(SILVER, "rcp_activity")
          .grain("one row per RCP, activity column and reported activity")
          .required("rcp", STRING, "RCP code")
          .optional("thematic_group", INTEGER, "group 1-3 of the RCP annex")
          .required("activity_column", STRING, "research, capacity_building, ..., link_to_gfmd")
          .required("sequence", INTEGER, "position of the activity within the cell")
          .optional("text", STRING, "text as reported")
          .optional("year", INTEGER, "first year mentioned")
          .optional("countries", STRING, "ISO3 codes mentioned, comma-separated")
          .required("status", STRING, "REPORTED, NO_EXAMPLE_PROVIDED or NO_RESPONSE_GIVEN")
          .optional("gfmd_roundtables", STRING, "GFMD roundtable tags, comma-separated")
          .optional("gcm_objectives", STRING, "GCM objective tags, comma-separated")
          .optional("sdg_targets", STRING, "SDG target tags, comma-separated")
          .columns(Lineage.silver())
          .key("rcp", "activity_column", "sequence")
          .build();

  public static final TableSpec GFMD_ACTIVITY =
      table(SILVER, "gfmd_activity")
          .grain("one row per GFMD activity or practice record")
          .required("activity_id", STRING, "stable identifier")
          .required("roundtable", STRING, "GFMD roundtable sub-theme, e.g. RT2a")
          .required("title", STRING, "activity or practice title")
          .optional("year", INTEGER, "year")
          .optional("countries", STRING, "ISO3 codes, comma-separated")
          .optional("partners", STRING, "partners or GMG members with expertise")
          .optional("gcm_objectives", STRING, "GCM objective tags, comma-separated")
          .optional("sdg_targets", STRING, "SDG target tags, comma-separated")
          .columns(Lineage.silver())
          .key("activity_id")
          .build();

  public static final TableSpec QUARANTINE =
      table(SILVER, "quarantine")
          .grain("one row per rejected source row (or cell of a wide layout)")
          .required("source", STRING, "source format, e.g. wdi")
          .required("target_table", STRING, "table the row was meant for")
          .required(Lineage.SOURCE_FILE, STRING, "file name")
          .required(Lineage.SOURCE_CHECKSUM, STRING, "SHA-256 of the file")
          .required(Lineage.SOURCE_ROW, LONG, "1-based physical line or sheet row")
          .required("source_column", STRING, "column of a wide layout the cell came from, or empty")
          .required("raw_record", STRING, "the row as written")
          .required("reasons", STRING, "named reasons, '; '-separated, e.g. UNKNOWN_AREA_CODE: XYZ")
          .required(Lineage.RUN_ID, STRING, "ETL run that rejected the row")
          .required("quarantined_at", TIMESTAMP, "when")
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW, "source_column", "target_table")
          .build();

  private SilverTables() {}

  public static List<TableSpec> all() {
    return List.of(
        AREA,
        AREA_MEMBERSHIP,
        REMITTANCE_FLOW,
        GDP,
        POPULATION,
        PUBLISHER_AGGREGATE,
        REMITTANCE_PRICE,
        REMITTANCE_PRICE_CORRIDOR,
        BILATERAL_REMITTANCE,
        BILATERAL_MIGRANT_STOCK,
        LABOUR_MIGRATION,
        RECRUITMENT_COST,
        RETURN_MIGRATION,
        MIGRATION_POLICY,
        REFUGEE_POPULATION,
        MISSING_MIGRANTS,
        RCP_ACTIVITY,
        GFMD_ACTIVITY,
        QUARANTINE);
  }
}
