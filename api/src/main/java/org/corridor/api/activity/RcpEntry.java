package org.corridor.api.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corridor.api.format.TableFields;
import org.corridor.warehouse.reference.Rcp;

/** One RCP with the number of its activity records per status. */
@Schema(name = "Rcp", description = "A Regional Consultative Process and its activity records")
public record RcpEntry(
    @Schema(description = "Corridor RCP code", example = "COLOMBO") String code,
    @Schema(example = "Colombo Process") String name,
    @Schema(description = "Area code of the group of member states", example = "RCP_COLOMBO")
        String areaCode,
    @Schema(
            description = "Thematic group (1-3) of the RCP annex; null for RCPs it does not cover",
            nullable = true,
            example = "1")
        Integer annexGroup,
    @Schema(description = "Member states as Corridor's RCP list gives them", example = "12")
        int memberCount,
    @Schema(description = "Records with status REPORTED", example = "14") long reported,
    @Schema(description = "Records with status NO_EXAMPLE_PROVIDED", example = "3")
        long noExampleProvided,
    @Schema(description = "Records with status NO_RESPONSE_GIVEN", example = "1")
        long noResponseGiven) {

  static final List<String> CSV_HEADER =
      List.of(
          "code",
          "name",
          "areaCode",
          "annexGroup",
          "memberCount",
          "reported",
          "noExampleProvided",
          "noResponseGiven");

  /** The entry of an RCP from its records' counts by status. */
  static RcpEntry of(Rcp rcp, Map<String, Long> recordsByStatus) {
    return new RcpEntry(
        rcp.code(),
        rcp.name(),
        rcp.areaCode(),
        rcp.annexGroup().orElse(null),
        rcp.members().size(),
        recordsByStatus.getOrDefault("REPORTED", 0L),
        recordsByStatus.getOrDefault("NO_EXAMPLE_PROVIDED", 0L),
        recordsByStatus.getOrDefault("NO_RESPONSE_GIVEN", 0L));
  }

  List<String> csvRecord() {
    return Stream.of(
            code,
            name,
            areaCode,
            annexGroup,
            memberCount,
            reported,
            noExampleProvided,
            noResponseGiven)
        .map(TableFields::csvText)
        .toList();
  }
}
