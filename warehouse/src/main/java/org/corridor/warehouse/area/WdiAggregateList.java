package org.corridor.warehouse.area;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridor.warehouse.reference.CodeListFile;

/**
 * Reads {@code wdi_aggregates.csv}: the rows of World Bank WDI files that are not economies, with
 * the Corridor area that has the same membership by definition, if any.
 */
final class WdiAggregateList {
  static final String RESOURCE = "wdi_aggregates.csv";
  static final String[] COLUMNS = {"wdi_code", "name", "corridor_area"};
  private static final Pattern WDI_CODE = Pattern.compile("[A-Z0-9]{3}");

  private WdiAggregateList() {}

  static List<PublisherAggregate> read(
      CodeListFile file, Set<String> countryCodes, Set<String> groupCodes) {
    List<PublisherAggregate> aggregates = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (CodeListFile.Row row : file.rows()) {
      String code = row.required("wdi_code");
      if (!WDI_CODE.matcher(code).matches()) {
        throw row.invalid("WDI code " + code + " is not three letters or digits");
      }
      if (!codes.add(code)) {
        throw row.invalid("WDI code " + code + " is listed twice");
      }
      if (countryCodes.contains(code)) {
        throw row.invalid(code + " is a country in " + CountryList.RESOURCE + ", not an aggregate");
      }
      Optional<String> area = row.optional("corridor_area");
      if (area.isPresent() && !groupCodes.contains(area.get())) {
        throw row.invalid(
            "corridor_area " + area.get() + " of " + code + " is not an aggregate area");
      }
      aggregates.add(new PublisherAggregate(code, row.required("name"), area));
    }
    return aggregates;
  }
}
