package org.corridor.etl.gold;

import java.util.List;
import org.corridor.warehouse.table.SilverTables;

/** Every gold indicator job, in the order a run builds them. */
public final class GoldJobs {
  private GoldJobs() {}

  public static List<GoldIndicatorJob> all() {
    return List.of(
        new Sdg1732Gold(),
        new RemittanceCostGold(),
        new SmartGold(),
        new RecruitmentCostGold(),
        new MigrationPolicyGold(),
        new MissingMigrantsGold(),
        new RefugeeGold(),
        new ReturnGold(),
        new RemittanceCorridorGold(),
        new LabourMigrationGold(),
        new RcpActivityGold(),
        new GfmdActivityGold());
  }

  /**
   * One job per custom indicator accepted into silver.custom_indicator, in code order; none before
   * a definitions file has been loaded.
   */
  public static List<GoldIndicatorJob> custom(GoldInputs inputs) {
    return inputs.read(SilverTables.CUSTOM_INDICATOR).orderBy("code").collectAsList().stream()
        .map(row -> (GoldIndicatorJob) new CustomIndicatorJob(CustomIndicator.of(row)))
        .toList();
  }
}
