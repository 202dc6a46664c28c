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
          .grain(
              "one row per non-empty cell of a KNOMAD bilateral matrix: origin row x destination"
                  + " column, the World totals and residual rows and columns included")
          .optional("sheet", STRING, "sheet name; empty for a CSV")
          .required("measure", STRING, "remittances (US$ million) or migrant_stock (persons)")
          .required("year", STRING, "year of the matrix, from its title, sheet name or file name")
          .required("cell_column", STRING, "the cell's column as a spreadsheet names it, e.g. HH")
          .optional(
              "origin_name",
              STRING,
              "row label as published: remittance-sending country, or country of origin")
          .optional(
              "destination_name",
              STRING,
              "column label as published: remittance-receiving country, or country of destination")
          .required("value", STRING, "cell text as published")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, "sheet", Lineage.SOURCE_ROW, "cell_column")
          .build();

  public static final TableSpec ILOSTAT_OBSERVATION =
      table(BRONZE, "ilostat_observation")
          .grain("one row per data line of an ILOSTAT bulk CSV (code flavour) or SDMX-CSV file")
          .optional(
              "indicator",
              STRING,
              "bulk: indicator, e.g. MST_TEAP_SEX_AGE_CBR_NB; SDMX: DATAFLOW, e.g."
                  + " ILO:DF_MST_TEAP_SEX_AGE_CBR_NB(1.0)")
          .optional("ref_area", STRING, "reference area: ISO3, or an ILO aggregate such as X01")
          .optional("source", STRING, "source of the observation (survey, census, register)")
          .optional("freq", STRING, "SDMX FREQ, e.g. A; bulk files have none")
          .optional("sex", STRING, "sex classification, e.g. SEX_F")
          .optional("classif1", STRING, "first classification, e.g. AGE_YTHADULT_YGE15")
          .optional("classif2", STRING, "second classification, e.g. CBR_FOR")
          .optional("time", STRING, "time period, e.g. 2021")
          .optional("obs_value", STRING, "observation value as written")
          .optional("obs_status", STRING, "observation status")
          .optional("unit_measure", STRING, "SDMX UNIT_MEASURE; bulk files have none")
          .optional(
              "unit_mult", STRING, "SDMX UNIT_MULT, the power of ten of the unit (3: thousands)")
          .optional("note_classif", STRING, "notes on the classifications")
          .optional("note_indicator", STRING, "notes on the indicator")
          .optional("note_source", STRING, "notes on the source")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec RECRUITMENT_SURVEY =
      table(BRONZE, "recruitment_survey")
          .grain("one row per surveyed worker of a file in Corridor's recruitment-costs layout")
          .optional("survey_id", STRING, "survey identifier")
          .optional("worker_id", STRING, "respondent identifier within the survey")
          .optional("origin", STRING, "country of origin, ISO3")
          .optional("destination", STRING, "country of destination (first job abroad), ISO3")
          .optional("migration_year", STRING, "year the worker migrated")
          .optional("sex", STRING, "F or M")
          .optional("age", STRING, "age in completed years")
          .optional("education", STRING, "highest level completed, ISCED 2011 level 0-8")
          .optional("occupation", STRING, "occupation in the first job abroad, ISCO-08 code")
          .optional("industry", STRING, "industry of the first job abroad, ISIC Rev. 4 code")
          .optional("cost_recruitment_fees", STRING, "fees paid to recruiters, agents, brokers")
          .optional("cost_documents", STRING, "passport, visa, permits, clearances")
          .optional("cost_travel", STRING, "travel and lodging to the job")
          .optional("cost_medical", STRING, "medical examinations and vaccinations")
          .optional("cost_training", STRING, "pre-departure orientation, skills and language tests")
          .optional("cost_other", STRING, "other related costs: insurance, equipment, ...")
          .optional("cost_currency", STRING, "ISO 4217 currency of the six cost amounts")
          .optional("cost_usd_rate", STRING, "units of the cost currency per US dollar")
          .optional("first_month_earnings", STRING, "earnings of the first month in the job")
          .optional("earnings_currency", STRING, "ISO 4217 currency of the earnings")
          .optional("earnings_usd_rate", STRING, "units of the earnings currency per US dollar")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec AVRR_RETURN =
      table(BRONZE, "avrr_return")
          .grain("one row per line of a file in Corridor's assisted-returns (AVRR) layout")
          .optional("host", STRING, "host country the migrants returned from, ISO3")
          .optional("origin", STRING, "country of origin returned to, ISO3")
          .optional("year", STRING, "year of return")
          .optional("sex", STRING, "F, M or _T")
          .optional("age_group", STRING, "age group code, e.g. Y_LT18 or _T")
          .optional("assistance_type", STRING, "AVR or AVRR")
          .optional("vulnerability", STRING, "vulnerability category, NONE or NOT_REPORTED")
          .optional("reintegration_assistance", STRING, "yes or no")
          .optional("returnees", STRING, "number of returnees")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec UNHCR_SOLUTIONS =
      table(BRONZE, "unhcr_solutions")
          .grain("one row per data line of a UNHCR Refugee Data Finder solutions export")
          .optional("year", STRING, "Year")
          .optional("origin_name", STRING, "Country of origin")
          .optional("origin_code", STRING, "Country of origin (ISO); UNHCR codes such as XXA too")
          .optional("asylum_name", STRING, "Country of asylum")
          .optional("asylum_code", STRING, "Country of asylum (ISO)")
          .optional("returned_refugees", STRING, "Returned refugees")
          .optional("returned_idps", STRING, "Returned IDPs (published as 'Returned IDPss')")
          .optional("resettlement_arrivals", STRING, "Resettlement arrivals")
          .optional("naturalisation", STRING, "Naturalisation")
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
          .grain("one row per record of an IOM Missing Migrants Project incident download")
          .optional("main_id", STRING, "Main ID: the incident a split record belongs to")
          .optional("incident_id", STRING, "Incident ID")
          .optional("incident_type", STRING, "Incident Type (older layout)")
          .optional("region_of_incident", STRING, "Region (older layout: Region of Incident)")
          .optional("incident_date", STRING, "Incident Date, e.g. Thu, 01/01/2026 - 12:00")
          .optional("incident_year", STRING, "Year (older layout: Incident Year)")
          .optional("reported_month", STRING, "Reported Month")
          .optional("number_dead", STRING, "Number Dead (older layout: Number of Dead)")
          .optional("minimum_missing", STRING, "Minimum Estimated Number of Missing")
          .optional(
              "total_dead_and_missing", STRING, "Total Number of Dead and Missing (older layout)")
          .optional("number_of_survivors", STRING, "Number of Survivors")
          .optional("number_of_females", STRING, "Number of Females")
          .optional("number_of_males", STRING, "Number of Males")
          .optional("number_of_children", STRING, "Number of Children")
          .optional("region_of_origin", STRING, "Region of Origin")
          .optional("cause_of_death", STRING, "Cause of Death")
          .optional("country_of_origin", STRING, "Country of Origin; several, comma-separated")
          .optional("country_of_incident", STRING, "Country of Incident (older layout)")
          .optional("location", STRING, "Location of death (older layout: Location of Incident)")
          .optional("information_source", STRING, "Information Source")
          .optional("coordinates", STRING, "Coordinates: \"latitude, longitude\"")
          .optional("migration_route", STRING, "Migration route")
          .optional("url", STRING, "URL; several, comma-separated")
          .optional("unsd_grouping", STRING, "UNSD Geographical Grouping")
          .optional("source_quality", STRING, "Source Quality, 1-5")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec MIGRATION_POLICY_ANSWER =
      table(BRONZE, "migration_policy_answer")
          .grain("one row per answer of a file in Corridor's migration-policies (10.7.2) layout")
          .optional("country", STRING, "responding country, ISO3")
          .optional("round", STRING, "inquiry round (year)")
          .optional("domain", STRING, "policy domain 1-6")
          .optional("sub_category", STRING, "sub-category 1-5")
          .optional("answer", STRING, "yes, yes_legal_status_only (domain 1), no, or empty")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec PROGRAMME_RESULT =
      table(BRONZE, "programme_result")
          .grain("one row per line of a file in Corridor's programme-results layout")
          .optional("country", STRING, "country where the result was achieved, ISO3")
          .optional("year", STRING, "year of the result")
          .optional("programme", STRING, "reporting programme or platform, e.g. AFFORD-DFI")
          .optional("metric", STRING, "what was counted, e.g. BUSINESSES_CREATED")
          .optional("sex", STRING, "F, M or empty for a total")
          .optional("value", STRING, "the count or amount")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec CUSTOM_INDICATOR_DEFINITION =
      table(BRONZE, "custom_indicator_definition")
          .grain("one row per definition of a custom-indicator definitions file")
          .optional("code", STRING, "indicator code, CUSTOM. followed by the secretariat's code")
          .optional("name", STRING, "indicator name")
          .optional("unit", STRING, "unit code")
          .optional("fact_table", STRING, "silver table the indicator is computed from")
          .optional("filter", STRING, "Spark SQL condition a fact row must meet")
          .optional("numerator", STRING, "Spark SQL expression over a fact row")
          .optional("denominator", STRING, "Spark SQL expression over a fact row")
          .optional("aggregation", STRING, "SUM, RATIO_OF_SUMS or NOT_AGGREGABLE")
          .optional("scale", STRING, "factor the value is multiplied by")
          .optional("target_value", STRING, "value to reach")
          .optional("target_year", STRING, "year to reach it by")
          .optional("direction", STRING, "INCREASE, DECREASE or NONE")
          .optional("source", STRING, "who reports the facts")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec RCP_ACTIVITY =
      table(BRONZE, "rcp_activity")
          .grain("one row per record of a file in Corridor's RCP activity layout")
          .optional("source", STRING, "publication the record comes from")
          .optional("rcp", STRING, "RCP code")
          .optional("thematic_group", STRING, "thematic group 1-3 of the RCP annex")
          .optional("activity_column", STRING, "activity column of the RCP annex")
          .optional("sequence", STRING, "position of the activity within its column")
          .optional("status", STRING, "reported, no_example_provided or no_response_given")
          .optional("text", STRING, "text as reported")
          .optional("years", STRING, "years mentioned, space-separated")
          .optional("countries", STRING, "ISO3 codes mentioned, space-separated")
          .optional("gfmd_roundtables", STRING, "GFMD roundtable or sub-theme tags")
          .optional("gcm_objectives", STRING, "GCM objective tags (1-23)")
          .optional("sdg_targets", STRING, "SDG target tags")
          .optional("note", STRING, "transcriber's or secretariat's note")
          .columns(Lineage.bronze())
          .key(Lineage.SOURCE_CHECKSUM, Lineage.SOURCE_ROW)
          .build();

  public static final TableSpec GFMD_ACTIVITY =
      table(BRONZE, "gfmd_activity")
          .grain("one row per record of a file in Corridor's GFMD activity layout")
          .optional("source", STRING, "publication the record comes from")
          .optional("record_id", STRING, "identifier of the record within its source")
          .optional("record_type", STRING, "activity or practice")
          .optional("roundtable", STRING, "GFMD roundtable, e.g. RT2")
          .optional("sub_theme", STRING, "GFMD sub-theme, e.g. RT2a")
          .optional("title", STRING, "activity's lead paragraph or practice's title")
          .optional("description", STRING, "the rest of the text as reported")
          .optional("objective", STRING, "objective as the matrix states it")
          .optional("partners", STRING, "GMG members with expertise or partners, ;-separated")
          .optional("countries", STRING, "ISO3 codes, space-separated")
          .optional("years", STRING, "years, space-separated")
          .optional("gcm_objectives", STRING, "GCM objective tags (1-23)")
          .optional("sdg_targets", STRING, "SDG target tags")
          .optional("note", STRING, "transcriber's or secretariat's note")
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
        UNHCR_SOLUTIONS,
        UNHCR_POPULATION,
        MMP_INCIDENT,
        MIGRATION_POLICY_ANSWER,
        PROGRAMME_RESULT,
        CUSTOM_INDICATOR_DEFINITION,
        RCP_ACTIVITY,
        GFMD_ACTIVITY);
  }
}
