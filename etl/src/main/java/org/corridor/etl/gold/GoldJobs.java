package org.corridor.etl.gold;

import java.util.List;

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
}
