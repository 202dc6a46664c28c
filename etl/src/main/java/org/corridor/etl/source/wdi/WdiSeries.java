package org.corridor.etl.source.wdi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The World Development Indicators series Corridor reads, and what each one feeds. */
public enum WdiSeries {
  REMITTANCES_RECEIVED("BX.TRF.PWKR.CD.DT"),
  REMITTANCES_PAID("BM.TRF.PWKR.CD.DT"),
  /** WDI's own 17.3.2, read only to cross-check Corridor's. */
  REMITTANCES_RECEIVED_SHARE_OF_GDP("BX.TRF.PWKR.DT.GD.ZS"),
  GDP("NY.GDP.MKTP.CD"),
  POPULATION("SP.POP.TOTL");

  private final String code;

  WdiSeries(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether values are percentages, which cannot exceed 100. */
  public boolean isPercentage() {
    return code.endsWith(".ZS");
  }

  public static Optional<WdiSeries> byCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(WdiSeries::code).toList();
  }
}
