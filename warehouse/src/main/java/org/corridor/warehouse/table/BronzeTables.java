package org.corridor.warehouse.table;

import static org.corridor.warehouse.table.ColumnType.STRING;
import static org.corridor.warehouse.table.Layer.BRONZE;
import static org.corridor.warehouse.table.TableBuilder.table;

import java.util.List;

/**
 * Bronze tables: one per publisher format, values kept as the publisher wrote them (text), plus
 * lineage. Wide layouts (years or quarters across) are stored one cell per row, so that a bad cell
 * can be quarantined without losing its neighbours.
 */
public final class BronzeTables {

  public static final TableSpec WDI_INDICATOR =
      table(BRONZE, "wdi_indicator")
          .grain("one row per non-empty cell of a WDI bulk CSV: country line x year column")
          .required("country_name", STRING, "Country Name as published")
          .required("country_code", STRING, "Country Code as published (ISO3 or a WDI aggregate)")
          .required("indicator_name", STRING, "Indicator Name as published")
          .required("indicator_code", STRING, "Indicator Code, e.g. BX.TRF.PWKR.CD.DT")
          .required("year", STRING, "year column header as published")
          .required("value", STRING, "cell text as published")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW, "year")
          .build();

  public static final TableSpec WDI_COUNTRY_METADATA =
      table(BRONZE, "wdi_country_metadata")
          .grain("one row per record of a WDI Metadata_Country file")
          .required("country_code", STRING, "Country Code")
          .optional("region", STRING, "World Bank region; empty for aggregates")
          .optional("income_group", STRING, "World Bank income group; empty for aggregates")
          .optional("special_notes", STRING, "SpecialNotes as published")
          .optional("table_name", STRING, "TableName: the economy's or aggregate's name")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec RPW_SERVICE =
      table(BRONZE, "rpw_service")
          .grain(
              "one row per price quote of the RPW dataset: a service row (corridor x firm x"
                  + " product x period) at one amount block, cc1 (USD 200) or cc2 (USD 500); the"
                  + " cc2 quote only where its block holds a value")
          .optional("sheet", STRING, "workbook sheet the row is on; empty for a CSV export")
          .required("amount_block", STRING, "cc1 (USD 200) or cc2 (USD 500)")
          .optional("id", STRING, "id: the publisher's row number within a period")
          .optional("period", STRING, "period, e.g. 2016_2Q")
          .optional("source_code", STRING, "source_code: sending country, ISO3 (Kosovo KSV)")
          .optional("source_name", STRING, "source_name")
          .optional("source_region", STRING, "source_region")
          .optional("source_income", STRING, "source_income")
          .optional("source_lending", STRING, "source_lending")
          .optional("source_g8g20", STRING, "source_G8G20")
          .optional("destination_code", STRING, "destination_code: receiving country, ISO3")
          .optional("destination_name", STRING, "destination_name")
          .optional("destination_region", STRING, "destination_region")
          .optional("destination_income", STRING, "destination_income")
          .optional("destination_lending", STRING, "destination_lending")
          .optional("destination_g8g20", STRING, "destination_G8G20")
          .optional("firm", STRING, "firm: the remittance service provider")
          .optional("firm_type", STRING, "firm_type: Bank, Money Transfer Operator, ...")
          .optional("payment_instrument", STRING, "payment instrument (older sheet: product)")
          .optional("access_point", STRING, "access point (older sheet: sending location)")
          .optional("speed_actual", STRING, "speed actual, e.g. Same day, 3-5 days")
          .optional("lcu_amount", STRING, "<block> lcu amount: amount sent, sending currency")
          .optional("denomination_amount", STRING, "<block> denomination amount: 200 or 500")
          .optional("lcu_code", STRING, "<block> lcu code: sending currency")
          .optional("lcu_fee", STRING, "<block> lcu fee: fee, sending currency")
          .optional("lcu_fx_rate", STRING, "<block> lcu fx rate: the provider's exchange rate")
          .optional("fx_margin", STRING, "<block> fx margin: FX margin, % of amount sent")
          .optional("total_cost_pct", STRING, "<block> total cost %")
          .optional("inter_lcu_bank_fx", STRING, "inter lcu bank fx: interbank exchange rate")
          .optional("transparent", STRING, "transparent: yes or no")
          .optional("standard_note", STRING, "Standard Note (older sheet: note1)")
          .optional("note2", STRING, "note2")
          .optional(
              "receiving_network_coverage",
              STRING,
              "receiving network coverage: High, Medium, Low (older sheet: coverage)")
          .optional("pickup_location", STRING, "pickup location (newer sheet only)")
          .optional("pickup_method", STRING, "pickup method (older sheet: pick-up method)")
          .optional("date", STRING, "date the price was collected")
          .optional("corridor", STRING, "corridor: sending and receiving codes run together")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, "sheet", Lineage.SOURCE_ROW, "amount_block")
          .build();

  public static final TableSpec RPW_CORRIDOR =
      table(BRONZE, "rpw_corridor")
          .grain("one row per non-missing cell of an RPW DataBank export: corridor x quarter")
          .optional("sending_country_code", STRING, "Sending Countries Code")
          .optional("sending_country_name", STRING, "Sending Countries Name")
          .optional("series_name", STRING, "Series Name")
          .optional("series_code", STRING, "Series Code, e.g. ATCR.CORR")
          .optional("receiving_country_code", STRING, "Receiving Countries Code")
          .optional("receiving_country_name", STRING, "Receiving Countries Name")
          .required("period", STRING, "quarter header as published, e.g. 2013Q2 [YR2013Q2]")
          .required("value", STRING, "cell text as published")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW, "period")
          .build();

  public static final TableSpec KNOMAD_MATRIX =
      table(BRONZE, "knomad_matrix")
          .grain("one row per cell of a KNOMAD bilateral matrix: sending row x receiving column")
          .required("sheet", STRING, "sheet name")
          .required("measure", STRING, "what the matrix holds: remittances or migrant stock")
          .required("year", STRING, "year of the matrix")
          .required("sending_name", STRING, "row label as published")
          .required("receiving_name", STRING, "column label as published")
          .required("value", STRING, "cell text as published")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, "sheet", Lineage.SOURCE_ROW, "receiving_name")
          .build();

  public static final TableSpec ILOSTAT_OBSERVATION =
      table(BRONZE, "ilostat_observation")
          .grain("one row per observation of an ILOSTAT bulk or SDMX-CSV file")
          .required("indicator", STRING, "indicator or dataflow id")
          .required("ref_area", STRING, "reference area")
          .optional("sex", STRING, "sex classification, e.g. SEX_F")
          .optional("classif1", STRING, "first classification, e.g. AGE_YTHADULT_YGE15")
          .optional("classif2", STRING, "second classification, e.g. CBR_FOR")
          .required("time", STRING, "time period")
          .optional("obs_value", STRING, "observation value")
          .optional("obs_status", STRING, "observation status")
          .optional("unit_measure", STRING, "unit of measure")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec RECRUITMENT_SURVEY =
      table(BRONZE, "recruitment_survey")
          .grain("one row per surveyed worker of a migration-costs survey")
          .required("survey_id", STRING, "survey identifier")
          .required("worker_id", STRING, "respondent identifier within the survey")
          .required("origin", STRING, "country of origin")
          .required("destination", STRING, "country of destination")
          .optional("migration_year", STRING, "year of migration")
          .optional("sex", STRING, "sex")
          .optional("age", STRING, "age in years")
          .optional("occupation", STRING, "occupation, ISCO-08")
          .optional("cost_items", STRING, "cost items paid, as published")
          .optional("cost_currency", STRING, "currency of the costs")
          .optional("monthly_earnings", STRING, "monthly earnings in the first job abroad")
          .optional("earnings_currency", STRING, "currency of the earnings")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec AVRR_RETURN =
      table(BRONZE, "avrr_return")
          .grain("one row per line of an AVRR-style return report")
          .required("host", STRING, "host country")
          .required("origin", STRING, "country of origin (return)")
          .required("year", STRING, "year")
          .optional("sex", STRING, "sex")
          .optional("age_group", STRING, "age group")
          .optional("assistance_type", STRING, "AVR or AVRR")
          .optional("vulnerability", STRING, "vulnerability category")
          .optional("reintegration_assistance", STRING, "reintegration assistance received")
          .required("count", STRING, "number of returnees")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec UNHCR_POPULATION =
      table(BRONZE, "unhcr_population")
          .grain("one row per data line of a UNHCR Refugee Data Finder population export")
          .required("year", STRING, "Year")
          .optional("origin_name", STRING, "Country of origin")
          .optional("origin_code", STRING, "Country of origin (ISO); UNHCR codes such as XXA too")
          .optional("asylum_name", STRING, "Country of asylum")
          .optional("asylum_code", STRING, "Country of asylum (ISO)")
          .optional("refugees", STRING, "Refugees under UNHCR's mandate")
          .optional("asylum_seekers", STRING, "Asylum-seekers")
          .optional("idps", STRING, "IDPs of concern to UNHCR")
          .optional("other_in_need", STRING, "Other people in need of international protection")
          .optional("stateless", STRING, "Stateless persons")
          .optional("host_community", STRING, "Host Community")
          .optional("others_of_concern", STRING, "Others of concern")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec MMP_INCIDENT =
      table(BRONZE, "mmp_incident")
          .grain("one row per incident of an IOM Missing Migrants Project export")
          .required("incident_id", STRING, "Incident ID")
          .optional("region_of_incident", STRING, "Region of Incident")
          .optional("incident_year", STRING, "Incident Year")
          .optional("number_dead", STRING, "Number of Dead")
          .optional("minimum_missing", STRING, "Minimum Estimated Number of Missing")
          .optional("total_dead_and_missing", STRING, "Total Number of Dead and Missing")
          .optional("country_of_origin", STRING, "Country of Origin; several, comma-separated")
          .optional("cause_of_death", STRING, "Cause of Death")
          .optional("country_of_incident", STRING, "Country of Incident")
          .optional("migration_route", STRING, "Migration Route")
          .optional("unsd_grouping", STRING, "UNSD Geographical Grouping")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec POLICY_INQUIRY =
      table(BRONZE, "policy_inquiry")
          .grain("one row per answer of the UN Inquiry module on migration policies")
          .required("country", STRING, "country")
          .required("round", STRING, "inquiry round (year)")
          .required("domain", STRING, "policy domain 1-6")
          .required("sub_category", STRING, "sub-category 1-5")
          .optional("answer", STRING, "yes, yes_legal_status_only, no, or empty")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec ACTIVITY_RECORD =
      table(BRONZE, "activity_record")
          .grain("one row per RCP or GFMD activity record in Corridor's activity layout")
          .required("record_type", STRING, "RCP or GFMD")
          .required("body", STRING, "RCP code or GFMD roundtable")
          .optional("activity_column", STRING, "activity column of the RCP annex")
          .optional("text", STRING, "text as reported")
          .optional("years", STRING, "years mentioned")
          .optional("countries", STRING, "countries mentioned")
          .optional("status", STRING, "reported, no_example_provided or no_response_given")
          .optional("tags", STRING, "GFMD, GCM and SDG tags as written")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  private BronzeTables() {}

  public static List<TableSpec> all() {
    return List.of(
        WDI_INDICATOR,
        WDI_COUNTRY_METADATA,
        RPW_SERVICE,
        RPW_CORRIDOR,
        KNOMAD_MATRIX,
        ILOSTAT_OBSERVATION,
        RECRUITMENT_SURVEY,
        AVRR_RETURN,
        UNHCR_POPULATION,
        MMP_INCIDENT,
        POLICY_INQUIRY,
        ACTIVITY_RECORD);
  }
}
