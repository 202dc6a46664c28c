package org.corridor.etl.source.ilostat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ILOSTAT labour-migration series Corridor reads: counts of persons (thousands) by place of
 * birth from the International Labour Migration Statistics database. Stocks (MST) break the
 * population down by migrant status (native- or foreign-born); inflows (MFL) of the foreign-born
 * population break it down by country of birth. An indicator code names its classifications between
 * {@code SEX} and the unit: {@code MST_TEAP_SEX_AGE_CBR_NB} is by sex, age and place of birth.
 */
public enum IlostatSeries {
  MST_XWAP_SEX_AGE_CBR_NB(Measure.WORKING_AGE_POPULATION, OriginDimension.MIGRANT_STATUS),
  MST_XWAP_SEX_EDU_CBR_NB(Measure.WORKING_AGE_POPULATION, OriginDimension.MIGRANT_STATUS),
  MST_TEAP_SEX_AGE_CBR_NB(Measure.LABOUR_FORCE, OriginDimension.MIGRANT_STATUS),
  MST_TEAP_SEX_EDU_CBR_NB(Measure.LABOUR_FORCE, OriginDimension.MIGRANT_STATUS),
  MST_TEMP_SEX_AGE_CBR_NB(Measure.EMPLOYMENT, OriginDimension.MIGRANT_STATUS),
  MST_TEMP_SEX_EDU_CBR_NB(Measure.EMPLOYMENT, OriginDimension.MIGRANT_STATUS),
  MST_TEMP_SEX_ECO_CBR_NB(Measure.EMPLOYMENT, OriginDimension.MIGRANT_STATUS),
  MST_TEMP_SEX_OCU_CBR_NB(Measure.EMPLOYMENT, OriginDimension.MIGRANT_STATUS),
  MST_TEMP_SEX_STE_CBR_NB(Measure.EMPLOYMENT, OriginDimension.MIGRANT_STATUS),
  MST_TUNE_SEX_AGE_CBR_NB(Measure.UNEMPLOYMENT, OriginDimension.MIGRANT_STATUS),
  MST_TUNE_SEX_EDU_CBR_NB(Measure.UNEMPLOYMENT, OriginDimension.MIGRANT_STATUS),
  MFL_FPOP_SEX_CBR_NB(Measure.INFLOWS, OriginDimension.COUNTRY_OF_BIRTH);

  /** What a series counts. */
  public enum Measure {
    WORKING_AGE_POPULATION,
    LABOUR_FORCE,
    EMPLOYMENT,
    UNEMPLOYMENT,
    INFLOWS
  }

  /** What the place-of-birth classification ({@code CBR_...}) of a series says. */
  public enum OriginDimension {
    /** Native-born, foreign-born or both: {@code CBR_NAT}, {@code CBR_FOR}, {@code CBR_TOTAL}. */
    MIGRANT_STATUS,
    /** The foreign-born by country of birth: {@code CBR_BRT_TOTAL}, {@code CBR_BRT_X}, ... */
    COUNTRY_OF_BIRTH
  }

  /** The classification holding place of birth. */
  public static final String PLACE_OF_BIRTH = "CBR";

  /**
   * An indicator as bulk files write it ({@code MST_TEAP_SEX_AGE_CBR_NB}) or as SDMX-CSV writes its
   * dataflow ({@code ILO:DF_MST_TEAP_SEX_AGE_CBR_NB(1.0)}); group 1 is the indicator code. The
   * syntax is shared by {@link java.util.regex.Pattern} and Spark's {@code regexp_extract}.
   */
  public static final String INDICATOR_PATTERN =
      "^(?:[A-Za-z0-9_.]+:DF_)?([A-Z0-9_]+?)(?:\\(.*\\))?$";

  private static final Pattern INDICATOR = Pattern.compile(INDICATOR_PATTERN);

  private final Measure measure;
  private final OriginDimension originDimension;

  IlostatSeries(Measure measure, OriginDimension originDimension) {
    this.measure = measure;
    this.originDimension = originDimension;
  }

  public Measure measure() {
    return measure;
  }

  public OriginDimension originDimension() {
    return originDimension;
  }

  /** The classifications besides sex, e.g. {@code [AGE, CBR]}, in the order the code names them. */
  public List<String> classifications() {
    String code = name();
    String between = code.substring(code.indexOf("_SEX_") + 5, code.lastIndexOf('_'));
    return List.of(between.split("_"));
  }

  /** The series an indicator or dataflow id as written stands for, if Corridor reads it. */
  public static Optional<IlostatSeries> of(String written) {
    return codeOf(written)
        .flatMap(code -> Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst());
  }

  /** The indicator code in an indicator or dataflow id as written. */
  public static Optional<String> codeOf(String written) {
    Matcher matcher = INDICATOR.matcher(written.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
