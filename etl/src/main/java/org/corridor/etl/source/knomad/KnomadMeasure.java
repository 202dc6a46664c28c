package org.corridor.etl.source.knomad;

import java.util.Locale;
import java.util.Optional;

/** What a KNOMAD bilateral matrix counts, and in which unit its cells are written. */
public enum KnomadMeasure {
  /** Estimated remittances from the row's country to the column's, in US$ million. */
  REMITTANCES("remittances", "bilateral remittances (US$ million)"),
  /** Migrants born in the row's country living in the column's, in persons. */
  MIGRANT_STOCK("migrant_stock", "bilateral migrant stock (persons)");

  private final String label;
  private final String description;

  KnomadMeasure(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The measure as bronze stores it. */
  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /**
   * The measure a title or sheet name speaks of. Remittance titles name the migrant stocks the
   * estimates are built on ("Bilateral Remittance Estimates for 2017 using Migrant Stocks, ..."),
   * so a mention of remittances decides.
   */
  static Optional<KnomadMeasure> namedIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("remittance")) {
      return Optional.of(REMITTANCES);
    }
    if (lower.contains("migra")) {
      return Optional.of(MIGRANT_STOCK);
    }
    return Optional.empty();
  }
}
