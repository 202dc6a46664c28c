package org.corridor.api.sdmx;

import java.util.List;
import java.util.Set;
import org.corridor.api.problem.ApiErrors;

/**
 * The agency, id and version of an SDMX REST structure or data query, each possibly a wildcard:
 * {@code all} (SDMX 1.x) or {@code *} (SDMX 3); version also {@code latest} or {@code ~}. Corridor
 * maintains one version, 1.0, of every artefact, under agency CORRIDOR.
 */
record ArtefactQuery(String agency, String id, String version) {
  private static final Set<String> ANY = Set.of("all", "*");
  private static final Set<String> ANY_VERSION = Set.of("all", "*", "latest", "~");

  /** Checks agency and version, which name one artefact family whatever the id. */
  static ArtefactQuery of(String agency, String id, String version) {
    String agencyId = agency == null ? "all" : agency;
    if (!ANY.contains(agencyId) && !agencyId.equals(MigrationDataflow.AGENCY)) {
      throw ApiErrors.unknownArtefact("agencyID", agencyId, List.of(MigrationDataflow.AGENCY));
    }
    String versionId = version == null ? "latest" : version;
    if (!ANY_VERSION.contains(versionId) && !versionId.equals(MigrationDataflow.VERSION)) {
      throw ApiErrors.unknownArtefact("version", versionId, List.of(MigrationDataflow.VERSION));
    }
    return new ArtefactQuery(agencyId, id == null ? "all" : id, versionId);
  }

  /** The ids among the given ones this query selects; 404 naming resourceID when none. */
  List<String> select(List<String> ids) {
    if (ANY.contains(id)) {
      return ids;
    }
    if (!ids.contains(id)) {
      throw ApiErrors.unknownArtefact("resourceID", id, ids);
    }
    return List.of(id);
  }

  /**
   * A data query's flowRef: {@code DF_MIGRATION}, {@code CORRIDOR,DF_MIGRATION} or {@code
   * CORRIDOR,DF_MIGRATION,1.0}; 404 naming flowRef for any other dataflow.
   */
  static void requireDataflow(String flowRef) {
    String[] parts = flowRef.split(",", -1);
    boolean known =
        switch (parts.length) {
          case 1 -> parts[0].equals(MigrationDataflow.ID);
          case 2 -> isOurs(parts[0], parts[1], "latest");
          case 3 -> isOurs(parts[0], parts[1], parts[2]);
          default -> false;
        };
    if (!known) {
      throw ApiErrors.unknownArtefact(
          "flowRef",
          flowRef,
          List.of(
              String.join(
                  ",", MigrationDataflow.AGENCY, MigrationDataflow.ID, MigrationDataflow.VERSION)));
    }
  }

  private static boolean isOurs(String agency, String id, String version) {
    return (agency.equals(MigrationDataflow.AGENCY) || ANY.contains(agency))
        && id.equals(MigrationDataflow.ID)
        && (version.equals(MigrationDataflow.VERSION) || ANY_VERSION.contains(version));
  }
}
