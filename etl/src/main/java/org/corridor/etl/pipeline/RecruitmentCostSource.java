package org.corridor.etl.pipeline;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corridor.etl.delta.Scope;
import org.corridor.etl.silver.RecruitmentCostConformance;
import org.corridor.etl.source.ParsedFile;
import org.corridor.etl.source.layout.CorridorLayout;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.SilverTables;
import org.corridor.warehouse.table.TableSpec;

/**
 * Files in Corridor's recruitment-costs layout to silver recruitment_cost. A file is complete for
 * the surveys it holds: it replaces their workers and leaves other surveys alone.
 */
final class RecruitmentCostSource implements SingleTableSource {
  /** ISO 4217 codes that name no money: "no currency" and the testing code. */
  private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS");

  private final Set<String> countries;
  private final Set<String> currencies;

  RecruitmentCostSource(Set<String> countries) {
    this.countries = countries;
    // The JDK ships the ISO 4217 list, so a new currency arrives with a Java update.
    this.currencies =
        Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(code -> !NOT_MONEY.contains(code))
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public SourceKind kind() {
    return SourceKind.RECRUITMENT_COSTS;
  }

  @Override
  public TableSpec bronze() {
    return BronzeTables.RECRUITMENT_SURVEY;
  }

  @Override
  public TableSpec silver() {
    return SilverTables.RECRUITMENT_COST;
  }

  @Override
  public ParsedFile parse(InputFile input) {
    return CorridorLayout.RECRUITMENT_COSTS.read(input.file(), input.provenance());
  }

  @Override
  public Dataset<Row> check(Dataset<Row> bronze) {
    return RecruitmentCostConformance.check(bronze, countries, currencies);
  }

  @Override
  public Dataset<Row> accepted(Dataset<Row> checked) {
    return RecruitmentCostConformance.accepted(checked);
  }

  @Override
  public Scope replaces(Dataset<Row> accepted) {
    return Scopes.distinctValues(accepted, "survey_id");
  }
}
