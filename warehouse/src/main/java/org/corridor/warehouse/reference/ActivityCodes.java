package org.corridor.warehouse.reference;

import java.util.List;

/**
 * The closed vocabularies of the silver activity tables, as {@code silver.rcp_activity} and {@code
 * silver.gfmd_activity} hold them: the activity columns of the RCP annex, the statuses of an RCP
 * record and the kinds of GFMD record.
 */
public final class ActivityCodes {
  /** The activity columns of the RCP annex (seed 004, Annex B), in its order. */
  public static final List<String> RCP_ACTIVITY_COLUMNS =
      List.of(
          "research",
          "capacity_building",
          "pilot_projects",
          "founding_documents",
          "intra_governmental_consultation",
          "stakeholder_cooperation",
          "cross_fertilisation",
          "link_to_gfmd");

  /**
   * An RCP record's status: an activity reported, or the RCP's answer that it had none, or no
   * answer at all; "nothing to report" is not "not asked".
   */
  public static final List<String> RCP_STATUSES =
      List.of("REPORTED", "NO_EXAMPLE_PROVIDED", "NO_RESPONSE_GIVEN");

  /** A GFMD record is an activity of the GFMD matrix or a practice. */
  public static final List<String> GFMD_RECORD_TYPES = List.of("ACTIVITY", "PRACTICE");

  private ActivityCodes() {}
}
