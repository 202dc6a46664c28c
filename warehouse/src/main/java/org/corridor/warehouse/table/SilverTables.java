package org.corridor.warehouse.table;

import static org.corridor.warehouse.table.ColumnType.BOOLEAN;
import static org.corridor.warehouse.table.ColumnType.DATE;
import static org.corridor.warehouse.table.ColumnType.DOUBLE;
import static org.corridor.warehouse.table.ColumnType.INTEGER;
import static org.corridor.warehouse.table.ColumnType.INTEGER_LIST;
import static org.corridor.warehouse.table.ColumnType.LONG;
import static org.corridor.warehouse.table.ColumnType.STRING;
import static org.corridor.warehouse.table.ColumnType.STRING_LIST;
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

  public static final TableSpec PUBLISHED_INDICATOR =
      table(SILVER, "published_indicator")
          .grain("one row per country, indicator, publisher series and year")
          .required("area", STRING, "ISO3 code")
          .required("indicator", STRING, "catalogue code of the indicator, e.g. 17.3.2")
          .required("series_code", STRING, "publisher series, e.g. BX.TRF.PWKR.DT.GD.ZS")
          .required("year", INTEGER, "calendar year")
          .required("value", DOUBLE, "the publisher's own value, in the indicator's unit")
          .columns(Lineage.silver())
          .key("area", "indicator", "series_code", "year")
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
          .required(
              "value_usd",
              DOUBLE,
              "estimated remittances, US$ (KNOMAD's US$ million x 1,000,000, exact in decimal)")
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
          .grain(
              "one row per ILOSTAT observation: country, indicator, source, year, sex, age,"
                  + " migrant group, origin and other breakdown")
          .required(
              "area",
              STRING,
              "ISO3 of the country of measurement (residence, employment, or destination of"
                  + " inflows)")
          .required("indicator", STRING, "ILOSTAT indicator, e.g. MST_TEAP_SEX_AGE_CBR_NB")
          .optional("source", STRING, "ILOSTAT source of the observation (survey, register)")
          .required("year", INTEGER, "year")
          .required("sex", STRING, "_T, F, M or O (other)")
          .required(
              "age", STRING, "ILOSTAT age code, e.g. AGE_YTHADULT_YGE15; _T: no age breakdown")
          .required(
              "migrant_basis",
              STRING,
              "what tells migrants apart: BIRTH (foreign-born) or CITIZENSHIP (non-citizens)")
          .required(
              "population_group",
              STRING,
              "TOTAL, NATIVE, FOREIGN, or UNKNOWN (place of birth or citizenship not stated)")
          .required(
              "origin",
              STRING,
              "ISO3 of the country of birth where the series has one; _T all, _X not stated,"
                  + " _Z the series has no origin")
          .required(
              "breakdown",
              STRING,
              "other ILOSTAT classification (activity, occupation, education, status in"
                  + " employment), e.g. ECO_SECTOR_AGR; _T: none")
          .required(
              "measure",
              STRING,
              "LABOUR_FORCE, EMPLOYMENT, UNEMPLOYMENT, WORKING_AGE_POPULATION or INFLOWS")
          .required("unit", STRING, "THOUSAND_PERSONS: ILOSTAT publishes these counts in thousands")
          .required("value", DOUBLE, "thousands of persons, as published")
          .optional("obs_status", STRING, "ILOSTAT observation status")
          .columns(Lineage.silver())
          .key(
              "area",
              "indicator",
              "source",
              "year",
              "sex",
              "age",
              "population_group",
              "origin",
              "breakdown")
          .build();

  public static final TableSpec RECRUITMENT_COST =
      table(SILVER, "recruitment_cost")
          .grain("one row per surveyed worker")
          .required("survey_id", STRING, "survey identifier")
          .required("worker_id", STRING, "respondent identifier")
          .required("origin", STRING, "ISO3 of origin")
          .required("destination", STRING, "ISO3 of destination")
          .required("migration_year", INTEGER, "year of migration")
          .required("sex", STRING, "F or M")
          .optional("age", INTEGER, "age in years")
          .optional("education", STRING, "ISCED 2011 level 0-8")
          .optional("occupation", STRING, "ISCO-08 code")
          .optional("industry", STRING, "ISIC Rev. 4 code")
          .required("recruitment_fees_usd", DOUBLE, "fees paid to recruiters, US$")
          .required("documents_usd", DOUBLE, "passport, visa, permits and clearances, US$")
          .required("travel_usd", DOUBLE, "travel and lodging, US$")
          .required("medical_usd", DOUBLE, "medical examinations, US$")
          .required("training_usd", DOUBLE, "orientation, training and tests, US$")
          .required("other_usd", DOUBLE, "other related costs, US$")
          .required("cost_usd", DOUBLE, "recruitment costs paid (C_k): the six items, US$")
          .required(
              "monthly_earnings_usd", DOUBLE, "first month's earnings in the job abroad (E_k), US$")
          .required("cost_currency", STRING, "ISO 4217 currency the costs were reported in")
          .required("cost_usd_rate", DOUBLE, "units of the cost currency per US$ used")
          .required("earnings_currency", STRING, "ISO 4217 currency the earnings were reported in")
          .required("earnings_usd_rate", DOUBLE, "units of the earnings currency per US$ used")
          .columns(Lineage.silver())
          .key("survey_id", "worker_id")
          .build();

  public static final TableSpec RETURN_MIGRATION =
      table(SILVER, "return_migration")
          .grain(
              "one row per host, origin, year, sex, age group, assistance type, vulnerability and"
                  + " reintegration assistance")
          .required("host", STRING, "ISO3 of the host country")
          .required("origin", STRING, "ISO3 of the country returned to")
          .required("year", INTEGER, "year")
          .required("sex", STRING, "_T, F or M")
          .required("age_group", STRING, "age group code, _T for all ages")
          .required("assistance_type", STRING, "AVR, AVRR or REFUGEE_RETURN")
          .required(
              "vulnerability", STRING, "vulnerability category, NONE, or NOT_REPORTED (UNHCR)")
          .optional(
              "reintegration_assistance",
              BOOLEAN,
              "received reintegration assistance; null where not reported (UNHCR)")
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
          .grain("one row per incident record of the IOM Missing Migrants Project")
          .required("incident_id", STRING, "IOM incident id")
          .optional(
              "main_id", STRING, "the incident a split record belongs to; records may share it")
          .optional("incident_type", STRING, "Incident, Split incident, Cumulative incident")
          .required("year", INTEGER, "incident year")
          .optional("incident_date", DATE, "estimated date of death or of the finding")
          .optional("region", STRING, "region of incident as IOM names it, e.g. Mediterranean")
          .optional(
              "country_of_incident",
              STRING,
              "ISO3 of the country of incident, where the download names one")
          .optional("latitude", DOUBLE, "latitude of the incident, as IOM geolocates it")
          .optional("longitude", DOUBLE, "longitude of the incident")
          .required("dead", LONG, "number of dead; blank in the download reads as 0")
          .required(
              "missing",
              LONG,
              "minimum estimated number of missing; blank in the download reads as 0")
          .optional("origins", STRING, "ISO3 codes of the countries of origin, comma-separated")
          .optional(
              "unmatched_origins",
              STRING,
              "origin names that are neither a known country nor a known non-country, as"
                  + " written, '; '-separated")
          .optional("cause", STRING, "cause of death")
          .optional("route", STRING, "migration route")
          .columns(Lineage.silver())
          .key("incident_id")
          .build();

  public static final TableSpec RCP_ACTIVITY =
      table(SILVER, "rcp_activity")
          .grain("one row per source, RCP, activity column of the RCP annex and activity")
          .required("source", STRING, "publication the record comes from, e.g. the RCP annex")
          .required("rcp", STRING, "RCP code")
          .optional("thematic_group", INTEGER, "group 1-3 the RCP annex gives the RCP")
          .required("activity_column", STRING, "research, capacity_building, ..., link_to_gfmd")
          .required("sequence", INTEGER, "position of the activity within its column and source")
          .required("status", STRING, "REPORTED, NO_EXAMPLE_PROVIDED or NO_RESPONSE_GIVEN")
          .optional("text", STRING, "text as reported; null for a reported absence")
          .required("years", INTEGER_LIST, "years mentioned")
          .required("countries", STRING_LIST, "ISO3 codes of the countries mentioned")
          .required("gfmd_roundtables", STRING_LIST, "GFMD roundtable and sub-theme tags")
          .required("gcm_objectives", INTEGER_LIST, "GCM objective tags")
          .required("sdg_targets", STRING_LIST, "SDG target tags")
          .optional("note", STRING, "transcriber's or secretariat's note")
          .columns(Lineage.silver())
          .key("source", "rcp", "activity_column", "sequence")
          .build();

  public static final TableSpec GFMD_ACTIVITY =
      table(SILVER, "gfmd_activity")
          .grain("one row per source and GFMD activity or practice record")
          .required("source", STRING, "publication the record comes from, e.g. the GFMD matrix")
          .required("record_id", STRING, "identifier of the record within its source")
          .required("record_type", STRING, "ACTIVITY (of the GFMD matrix) or PRACTICE")
          .optional("theme", STRING, "GFMD theme of the roundtable, e.g. T1")
          .optional("roundtable", STRING, "GFMD roundtable, e.g. RT2")
          .optional("sub_theme", STRING, "GFMD sub-theme, e.g. RT2a")
          .required("title", STRING, "activity's lead paragraph or practice's title")
          .optional("description", STRING, "the rest of the text as reported")
          .optional("objective", STRING, "objective as the matrix states it")
          .required("partners", STRING_LIST, "GMG members with expertise, or partners")
          .required("countries", STRING_LIST, "ISO3 codes of the countries concerned")
          .required("years", INTEGER_LIST, "years the record refers to")
          .required("gcm_objectives", INTEGER_LIST, "GCM objective tags")
          .required("sdg_targets", STRING_LIST, "SDG target tags")
          .optional("note", STRING, "transcriber's or secretariat's note")
          .columns(Lineage.silver())
          .key("source", "record_id")
          .build();

  public static final TableSpec PROGRAMME_RESULT =
      table(SILVER, "programme_result")
          .grain("one row per country, year, programme, metric and sex")
          .required("area", STRING, "ISO3")
          .required("year", INTEGER, "year")
          .required("programme", STRING, "reporting programme or platform")
          .required("metric", STRING, "what was counted, upper case")
          .required("sex", STRING, "F, M or _T (total)")
          .required("value", DOUBLE, "the count or amount, not negative")
          .columns(Lineage.silver())
          .key("area", "year", "programme", "metric", "sex")
          .build();

  public static final TableSpec CUSTOM_INDICATOR =
      table(SILVER, "custom_indicator")
          .grain("one row per custom indicator a secretariat defined")
          .required("code", STRING, "indicator code, e.g. CUSTOM.DIASPORA_BUSINESSES")
          .required("name", STRING, "indicator name")
          .required("unit", STRING, "unit code, e.g. NUMBER")
          .required("fact_table", STRING, "qualified silver table, e.g. silver.programme_result")
          .optional("filter", STRING, "Spark SQL condition a fact row must meet; null for all")
          .required("numerator", STRING, "Spark SQL expression summed per country and year")
          .optional("denominator", STRING, "Spark SQL expression summed likewise; ratios only")
          .required("aggregation", STRING, "SUM, RATIO_OF_SUMS or NOT_AGGREGABLE")
          .required("scale", DOUBLE, "factor the value is multiplied by (100 for a percentage)")
          .optional("target_value", DOUBLE, "value to reach")
          .optional("target_year", INTEGER, "year to reach it by")
          .required("direction", STRING, "INCREASE, DECREASE or NONE")
          .required("source", STRING, "who reports the facts")
          .columns(Lineage.silver())
          .key("code")
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
        PUBLISHED_INDICATOR,
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
        PROGRAMME_RESULT,
        CUSTOM_INDICATOR,
        QUARANTINE);
  }
}
